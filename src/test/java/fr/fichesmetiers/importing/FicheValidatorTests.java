package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.Mobility;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeFapCrosswalk;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.Messages;

class FicheValidatorTests {

    private static final ReferenceCodes CODES = ReferenceCodes.bundled();
    private static final ImportSettings SETTINGS = new ImportSettings(new BigDecimal("20000"), "10%", 20, 100,
            50_000, "target/reports", 1);
    /** The SMIC these tests were written with: 1 823,03 € from 1 January 2026. */
    private static final SmicTable.Entry SMIC = new SmicTable.Entry(LocalDate.of(2026, 1, 1),
            new BigDecimal("1823.03"));
    private static final List<String> HEADER = Arrays.stream(FicheColumn.values())
            .map(FicheColumn::canonicalName).toList();

    private final Messages messages = Messages.forLanguage("fr");
    /** The rules of an import asked on 2 December 2026, reading codes as ROME v3 unless a row says otherwise. */
    static final FicheRules RULES = new FicheRules(CODES, RomeFapCrosswalk.bundled(CODES), SETTINGS, RomeVersion.V3,
            SMIC, LocalDate.of(2026, 12, 2));
    private final FicheValidator validator = new FicheValidator(
            HeaderMapping.of(FicheColumn.class, HEADER, "fiches.csv", messages), "fiches.csv", RULES, messages);

    private static Map<FicheColumn, String> valid() {
        Map<FicheColumn, String> row = new LinkedHashMap<>();
        for (FicheColumn column : FicheColumn.values()) {
            row.put(column, "");
        }
        row.put(FicheColumn.ID, "developpeur-back-end");
        row.put(FicheColumn.TITLE, "Développeur back-end");
        row.put(FicheColumn.GUIDE, "Cybersécurité");
        row.put(FicheColumn.ROME, "M1802");
        row.put(FicheColumn.FAP, "M2Z");
        row.put(FicheColumn.EDUCATION_LEVEL, "Bac+5");
        row.put(FicheColumn.RECOMMENDED_BAC, "Scientifique");
        row.put(FicheColumn.EMPLOYABILITY, "Elevée");
        row.put(FicheColumn.MOBILITY, "Très bonne");
        row.put(FicheColumn.STARTING_SALARY, "2 000 € brut");
        row.put(FicheColumn.EXPERIENCED_SALARY, "4000");
        row.put(FicheColumn.SUMMARY, "Il construit la partie serveur.\r\nSecond paragraphe.");
        row.put(FicheColumn.QUALITY_LIST, "Rigueur | Autonomie|");
        return row;
    }

    private ValidatedRow validate(Map<FicheColumn, String> values) {
        return validator.validate(new CsvRow(14, new ArrayList<>(values.values())));
    }

    private ValidatedRow validateWith(FicheColumn column, String value) {
        Map<FicheColumn, String> row = valid();
        row.put(column, value);
        return validate(row);
    }

    private static List<RuleCode> rules(ValidatedRow row) {
        return row.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void acceptsACompleteRowAndNormalisesItsValues() {
        ValidatedRow row = validate(valid());
        assertThat(row.violations()).isEmpty();
        assertThat(row.fiche().educationLevel()).contains(EducationLevel.BAC_5);
        assertThat(row.fiche().employability()).contains(Employability.ELEVEE);
        assertThat(row.fiche().mobility()).contains(Mobility.TRES_BONNE);
        assertThat(row.fiche().salary().starting().orElseThrow()).isEqualByComparingTo("2000");
        assertThat(row.fiche().section(Section.SUMMARY)).isEqualTo("Il construit la partie serveur.\nSecond paragraphe.");
        assertThat(row.fiche().qualities()).containsExactly("Rigueur", "Autonomie");
        assertThat(row.fiche().sections()).doesNotContainKey(Section.ROLE);
    }

    @Test
    void rejectsARowWithTooManyFields() {
        List<String> values = new ArrayList<>(valid().values());
        values.add("en trop");
        ValidatedRow row = validator.validate(new CsvRow(9, values));
        assertThat(rules(row)).containsExactly(RuleCode.COLUMN_COUNT);
        assertThat(row.violations().get(0).message()).isEqualTo(
                "31 champ(s) au lieu de 30 (point-virgule en trop ou guillemet manquant ?)");
    }

    @Test
    void rejectsAMissingRequiredValue() {
        assertThat(rules(validateWith(FicheColumn.TITLE, "  "))).containsExactly(RuleCode.REQUIRED);
        assertThat(rules(validateWith(FicheColumn.SUMMARY, ""))).containsExactly(RuleCode.REQUIRED);
    }

    @Test
    void rejectsAnIdThatIsNotASlugAndSuggestsOne() {
        ValidatedRow row = validateWith(FicheColumn.ID, "Développeur Back-End");
        assertThat(rules(row)).containsExactly(RuleCode.ID_FORMAT);
        assertThat(row.violations().get(0).message()).contains("ex. developpeur-back-end");
        assertThat(row.ficheId()).isNull();
        assertThat(rules(validateWith(FicheColumn.ID, "a".repeat(65)))).containsExactly(RuleCode.ID_FORMAT);
        assertThat(rules(validateWith(FicheColumn.ID, "a".repeat(10_000)))).containsExactly(RuleCode.ID_FORMAT);
    }

    @Test
    void rejectsAnIdWindowsCannotNameAFileWith() {
        ValidatedRow row = validateWith(FicheColumn.ID, "con");
        assertThat(rules(row)).containsExactly(RuleCode.ID_FORMAT);
        assertThat(row.violations().get(0).message()).contains("réservé par Windows");
        assertThat(rules(validateWith(FicheColumn.ID, "console"))).isEmpty();
    }

    @Test
    void reportsAMalformedRomeCodeWithTheContractsMessage() {
        ValidatedRow row = validateWith(FicheColumn.ROME, "M18O2");
        assertThat(rules(row)).containsExactly(RuleCode.ROME_FORMAT);
        Violation v = row.violations().get(0);
        assertThat(v.line()).isEqualTo(14);
        assertThat(v.column()).isEqualTo("code_rome");
        assertThat(v.message()).isEqualTo(
                "« M18O2 » n'est pas un code ROME (une lettre de A à N puis 4 chiffres, ex. M1802)");
    }

    @Test
    void rejectsAWellFormedRomeCodeMissingFromTheV3List() {
        assertThat(rules(validateWith(FicheColumn.ROME, "M1855"))).containsExactly(RuleCode.ROME_UNKNOWN);
        assertThat(validateWith(FicheColumn.ROME, " m1802 ").fiche().rome().code()).isEqualTo("M1802");
    }

    @Test
    void rejectsFapCodesThatAreMalformedOrNotFap2009() {
        assertThat(rules(validateWith(FicheColumn.FAP, "M2-Z"))).containsExactly(RuleCode.FAP_FORMAT);
        ValidatedRow fap2021 = validateWith(FicheColumn.FAP, "M2X90");
        assertThat(rules(fap2021)).containsExactly(RuleCode.FAP_UNKNOWN);
        assertThat(fap2021.violations().get(0).message()).contains("FAP-2021");
        assertThat(validateWith(FicheColumn.FAP, "M2Z90").valid()).isTrue();
    }

    @Test
    void rejectsUnknownVocabularyListingWhatIsAccepted() {
        ValidatedRow level = validateWith(FicheColumn.EDUCATION_LEVEL, "Bac+4");
        assertThat(rules(level)).containsExactly(RuleCode.EDUCATION_LEVEL_UNKNOWN);
        assertThat(level.violations().get(0).message()).contains("Bac+3, Bac+5");
        assertThat(rules(validateWith(FicheColumn.EMPLOYABILITY, "Haute")))
                .containsExactly(RuleCode.EMPLOYABILITY_UNKNOWN);
        assertThat(rules(validateWith(FicheColumn.MOBILITY, "Excellente"))).containsExactly(RuleCode.MOBILITY_UNKNOWN);
    }

    @Test
    void acceptsVocabularySpelledLoosely() {
        assertThat(validateWith(FicheColumn.EDUCATION_LEVEL, "bac + 5").fiche().educationLevel())
                .contains(EducationLevel.BAC_5);
        assertThat(validateWith(FicheColumn.EMPLOYABILITY, "TRES ELEVEE").fiche().employability())
                .contains(Employability.TRES_ELEVEE);
        assertThat(validateWith(FicheColumn.EDUCATION_LEVEL, "sans diplome").fiche().educationLevel())
                .contains(EducationLevel.SANS_DIPLOME);
    }

    @Test
    void rejectsASalaryRangeWithAHint() {
        ValidatedRow row = validateWith(FicheColumn.STARTING_SALARY, "2000-2500");
        assertThat(rules(row)).containsExactly(RuleCode.SALARY_FORMAT);
        assertThat(row.violations().get(0).message()).contains("fourchette");
    }

    @Test
    void rejectsStartingSalaryBelowTheMinimumWage() {
        ValidatedRow row = validateWith(FicheColumn.STARTING_SALARY, "1 500 €");
        assertThat(rules(row)).containsExactly(RuleCode.SALARY_BELOW_MINIMUM);
        assertThat(row.violations().get(0).message()).contains("1\u202F823,03\u00A0€");
    }

    @Test
    void rejectsAnAnnualAmountWithTheAnnualHint() {
        ValidatedRow row = validateWith(FicheColumn.EXPERIENCED_SALARY, "48 000 €");
        assertThat(rules(row)).containsExactly(RuleCode.SALARY_ABOVE_MAXIMUM);
        assertThat(row.violations().get(0).message()).endsWith("montant annuel ? attendu : brut mensuel");
    }

    @Test
    void rejectsStartingSalaryAboveExperienced() {
        Map<FicheColumn, String> values = valid();
        values.put(FicheColumn.STARTING_SALARY, "3 000");
        values.put(FicheColumn.EXPERIENCED_SALARY, "2 500");
        ValidatedRow row = validate(values);
        assertThat(rules(row)).containsExactly(RuleCode.SALARY_ORDER);
        assertThat(row.violations().get(0).column()).isEqualTo("salaire_experimente");
    }

    @Test
    void rejectsTextLongerThanItsColumnAllows() {
        assertThat(rules(validateWith(FicheColumn.TITLE, "T".repeat(121)))).containsExactly(RuleCode.TEXT_TOO_LONG);
        assertThat(rules(validateWith(FicheColumn.MISSIONS, "x".repeat(50_001)))).containsExactly(RuleCode.TEXT_TOO_LONG);
        assertThat(rules(validateWith(FicheColumn.QUALITY_LIST, "Rigueur|" + "q".repeat(81))))
                .containsExactly(RuleCode.TEXT_TOO_LONG);
    }

    @Test
    void rejectsControlCharactersAndLineBreaksInSingleLineFields() {
        assertThat(rules(validateWith(FicheColumn.MISSIONS, "Un texte\u0007 collé"))).containsExactly(
                RuleCode.TEXT_CONTROL_CHARACTERS);
        assertThat(rules(validateWith(FicheColumn.TITLE, "Développeur\nback-end"))).containsExactly(
                RuleCode.TEXT_CONTROL_CHARACTERS);
        assertThat(validateWith(FicheColumn.MISSIONS, "Ligne un\nLigne deux\tet tab").valid()).isTrue();
    }

    @Test
    void reportsEveryRuleARowBreaks() {
        Map<FicheColumn, String> values = valid();
        values.put(FicheColumn.ROME, "X1");
        values.put(FicheColumn.MOBILITY, "Parfaite");
        values.put(FicheColumn.STARTING_SALARY, "2k€");
        ValidatedRow row = validate(values);
        assertThat(rules(row)).containsExactlyInAnyOrder(RuleCode.ROME_FORMAT, RuleCode.MOBILITY_UNKNOWN,
                RuleCode.SALARY_FORMAT);
        assertThat(row.ficheId()).isEqualTo("developpeur-back-end");
    }

    @Test
    void keepsTextThatLooksLikeAFormulaAsWritten() {
        ValidatedRow row = validateWith(FicheColumn.MISSIONS, "=SOMME(A1:A3) et +33 1 23");
        assertThat(row.fiche().section(Section.MISSIONS)).isEqualTo("=SOMME(A1:A3) et +33 1 23");
    }

    @Test
    void writesMessagesInEnglishOnRequest() {
        Messages english = Messages.forLanguage("en");
        FicheValidator validatorEn = new FicheValidator(HeaderMapping.of(FicheColumn.class, HEADER, "fiches.csv",
                english), "fiches.csv", RULES, english);
        Map<FicheColumn, String> values = valid();
        values.put(FicheColumn.ROME, "M18O2");
        ValidatedRow row = validatorEn.validate(new CsvRow(3, new ArrayList<>(values.values())));
        assertThat(row.violations().get(0).message()).startsWith("\"M18O2\" is not a ROME code");
    }
}
