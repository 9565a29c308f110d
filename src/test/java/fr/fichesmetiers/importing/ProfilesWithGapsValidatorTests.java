package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.Link;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeFapCrosswalk;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;

/** Issue 12's rules: ROME versions, FAP derived from ROME, the dated SMIC, gaps, and the new content columns. */
class ProfilesWithGapsValidatorTests {

    private static final ReferenceCodes CODES = ReferenceCodes.bundled();
    private static final SmicTable.Entry JUNE_2026 = new SmicTable.Entry(LocalDate.of(2026, 6, 1),
            new BigDecimal("1867.02"));
    private static final FicheRules RULES = new FicheRules(CODES, RomeFapCrosswalk.bundled(CODES),
            new ImportSettings(new BigDecimal("20000"), "10%", 20, 100, 50_000, "target/reports", 1), RomeVersion.V3,
            JUNE_2026, LocalDate.of(2026, 12, 2));

    private final Messages messages = Messages.forLanguage("fr");

    /** A row as ONISEP gives one: identity, ROME code and summary, nothing else. */
    private static Map<String, String> onisepLike() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("identifiant", "aide-soignant");
        row.put("intitule", "Aide-soignant");
        row.put("guide", "Santé");
        row.put("code_rome", "J1501");
        row.put("resume", "Il aide les patients dans les gestes de la vie quotidienne.");
        return row;
    }

    private ValidatedRow validate(Map<String, String> values) {
        return validate(values, RULES);
    }

    private ValidatedRow validate(Map<String, String> values, FicheRules rules) {
        List<String> header = new ArrayList<>(values.keySet());
        FicheValidator validator = new FicheValidator(HeaderMapping.of(FicheColumn.class, header, "fiches.csv",
                messages), "fiches.csv", rules, messages);
        return validator.validate(new CsvRow(7, new ArrayList<>(values.values())));
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    private static List<RuleCode> rules(ValidatedRow row) {
        return row.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void publishesAProfileWithoutItsKeyFactsWithAWarningPerGap() {
        ValidatedRow row = validate(onisepLike());
        assertThat(row.valid()).isTrue();
        assertThat(row.fiche().employability()).isEmpty();
        assertThat(row.fiche().salary().starting()).isEmpty();
        List<Violation> gaps = row.violations().stream().filter(v -> v.rule() == RuleCode.MISSING_VALUE).toList();
        assertThat(gaps).extracting(Violation::column).containsExactly("niveau_etudes", "bac_conseille",
                "employabilite", "mobilite", "salaire_debutant", "salaire_experimente");
        assertThat(gaps).allMatch(v -> v.level() == RuleLevel.WARNING);
        assertThat(gaps.get(2).message()).isEqualTo(
                "valeur absente (Employabilité) : la fiche est publiée sans cette information");
    }

    @Test
    void validatesAValueThatIsPresentExactlyAsBefore() {
        ValidatedRow row = validate(with(onisepLike(), "employabilite", "Haute"));
        assertThat(row.valid()).isFalse();
        assertThat(rules(row)).containsExactly(RuleCode.EMPLOYABILITY_UNKNOWN);
    }

    @Test
    void derivesABlankFapFromARomeCodeWithOneFamily() {
        ValidatedRow row = validate(onisepLike());
        assertThat(row.fiche().fap()).contains(new FapCode("V0Z60"));
        Violation derived = row.violations().stream().filter(v -> v.rule() == RuleCode.FAP_DERIVED).findFirst()
                .orElseThrow();
        assertThat(derived.level()).isEqualTo(RuleLevel.INFO);
        assertThat(derived.message()).startsWith("code FAP V0Z60 « ").contains("déduit du code ROME J1501");
        assertThat(rules(row)).doesNotContain(RuleCode.FAP_ROME_MISMATCH).filteredOn(RuleCode.MISSING_VALUE::equals)
                .hasSize(6);
    }

    @Test
    void derivesTheFamilyOfARome40CodeThroughItsV3ParentAndTheLevel() {
        Map<String, String> row = with(with(with(onisepLike(), "code_rome", "M1855"), "version_rome", "4.0"),
                "niveau_etudes", "Bac+2");
        ValidatedRow validated = validate(row);
        assertThat(validated.fiche().romeVersion()).isEqualTo(RomeVersion.V4);
        assertThat(validated.fiche().fap()).contains(new FapCode("M1Z80"));
        assertThat(validated.violations()).filteredOn(v -> v.rule() == RuleCode.FAP_DERIVED).singleElement()
                .extracting(Violation::message).asString().contains("M1855, par son code parent M1805 du ROME v3")
                .contains("niveau d'études Bac+2");
    }

    @Test
    void leavesTheFapBlankWhenItDependsOnAQualificationTheLevelDoesNotGive() {
        ValidatedRow row = validate(with(onisepLike(), "code_rome", "M1805"));
        assertThat(row.valid()).isTrue();
        assertThat(row.fiche().fap()).isEmpty();
        assertThat(rules(row)).contains(RuleCode.FAP_DERIVED, RuleCode.MISSING_VALUE);
        assertThat(row.violations()).filteredOn(v -> v.rule() == RuleCode.FAP_DERIVED).singleElement()
                .extracting(Violation::message).asString().contains("dépend de la qualification")
                .contains("M1Z80").contains("M2Z90");
    }

    @Test
    void warnsOfAFapThatIsNotAmongTheRomeCodesFamiliesAndPublishesIt() {
        ValidatedRow row = validate(with(onisepLike(), "code_fap", "M2Z90"));
        assertThat(row.valid()).isTrue();
        assertThat(row.fiche().fap()).contains(new FapCode("M2Z90"));
        Violation mismatch = row.violations().stream().filter(v -> v.rule() == RuleCode.FAP_ROME_MISMATCH)
                .findFirst().orElseThrow();
        assertThat(mismatch.level()).isEqualTo(RuleLevel.WARNING);
        assertThat(mismatch.message()).contains("« M2Z90 »").contains("J1501").contains("V0Z60");
        assertThat(rules(validate(with(onisepLike(), "code_fap", "V0Z")))).doesNotContain(RuleCode.FAP_ROME_MISMATCH);
    }

    @Test
    void rejectsARome40CodeReadAsV3SayingThatRome40HasIt() {
        ValidatedRow row = validate(with(onisepLike(), "code_rome", "M1855"));
        assertThat(rules(row)).containsExactly(RuleCode.ROME_UNKNOWN);
        assertThat(row.violations().get(0).message()).isEqualTo("le code ROME « M1855 » n'existe pas dans le"
                + " référentiel ROME v3, mais il existe dans ROME 4.0 ; colonne version_rome ?");
    }

    @Test
    void readsCodesInTheConfiguredVersionWhenTheRowGivesNone() {
        FicheRules rome4 = new FicheRules(RULES.codes(), RULES.crosswalk(), RULES.settings(), RomeVersion.V4,
                RULES.smic(), RULES.importDay());
        ValidatedRow row = validate(with(onisepLike(), "code_rome", "M1866"), rome4);
        assertThat(row.fiche().romeVersion()).isEqualTo(RomeVersion.V4);
        assertThat(validate(with(with(onisepLike(), "code_rome", "M1802"), "version_rome", "v3"), rome4).fiche()
                .romeVersion()).isEqualTo(RomeVersion.V3);
    }

    @Test
    void rejectsARomeVersionItDoesNotKnow() {
        ValidatedRow row = validate(with(onisepLike(), "version_rome", "5"));
        assertThat(rules(row)).containsExactly(RuleCode.ROME_VERSION_UNKNOWN);
        assertThat(row.violations().get(0).message()).contains("v3 ou 4.0");
    }

    @Test
    void namesTheSmicInForceAndItsDateWhenASalaryIsBelowIt() {
        ValidatedRow row = validate(with(onisepLike(), "salaire_debutant", "1 850 €"));
        assertThat(rules(row)).containsExactly(RuleCode.SALARY_BELOW_MINIMUM);
        assertThat(row.violations().get(0).message()).isEqualTo("salaire de 1\u202F850\u00A0€ inférieur au SMIC en"
                + " vigueur depuis le 1er juin 2026 (1\u202F867,02\u00A0€ brut mensuel)");
    }

    @Test
    void checksTheExperiencedSalaryAgainstTheSmicWhenNoStartingSalaryIsGiven() {
        assertThat(rules(validate(with(onisepLike(), "salaire_experimente", "1 700")))).containsExactly(
                RuleCode.SALARY_BELOW_MINIMUM);
        ValidatedRow alone = validate(with(onisepLike(), "salaire_experimente", "2 700"));
        assertThat(alone.fiche().salary().experienced().orElseThrow()).isEqualByComparingTo("2700");
        assertThat(alone.fiche().salary().starting()).isEmpty();
    }

    @Test
    void readsTheContentRealProfilesCarry() {
        Map<String, String> row = onisepLike();
        row.put("intitule_feminin", "Aide-soignante");
        row.put("formations", "DEAS (diplôme d'État d'aide-soignant) | Bac pro ASSP");
        row.put("metiers_proches", "infirmier-en-soins-generaux|Auxiliaire de puériculture");
        row.put("liens", "ONISEP=https://www.onisep.fr/ressources/univers-metier/metiers/aide-soignant"
                + "|https://www.sante.gouv.fr");
        row.put("source", "ONISEP, Idéo-Fiches métiers, 2024, licence ODbL");
        row.put("mis_a_jour_le", "25/06/2024");
        var details = validate(row).fiche().details();
        assertThat(details.feminineTitle()).contains("Aide-soignante");
        assertThat(details.formations()).containsExactly("DEAS (diplôme d'État d'aide-soignant)", "Bac pro ASSP");
        assertThat(details.relatedProfessions()).containsExactly("infirmier-en-soins-generaux",
                "Auxiliaire de puériculture");
        assertThat(details.links()).containsExactly(
                new Link("ONISEP", "https://www.onisep.fr/ressources/univers-metier/metiers/aide-soignant"),
                new Link(null, "https://www.sante.gouv.fr"));
        assertThat(details.source()).contains("ONISEP, Idéo-Fiches métiers, 2024, licence ODbL");
        assertThat(details.factsDate()).contains(LocalDate.of(2024, 6, 25));
    }

    @Test
    void rejectsALinkThatIsNotAWebAddress() {
        ValidatedRow script = validate(with(onisepLike(), "liens", "Cliquez=javascript:alert(1)"));
        assertThat(rules(script)).containsExactly(RuleCode.LINK_FORMAT);
        assertThat(script.violations().get(0).message()).contains("http:// et https://");
        assertThat(rules(validate(with(onisepLike(), "liens", "le site de l'ONISEP")))).containsExactly(
                RuleCode.LINK_FORMAT);
    }

    @Test
    void rejectsADateItCannotReadOrOneAfterTheImportDay() {
        assertThat(rules(validate(with(onisepLike(), "mis_a_jour_le", "juin 2024")))).containsExactly(
                RuleCode.DATE_FORMAT);
        assertThat(rules(validate(with(onisepLike(), "mis_a_jour_le", "31/02/2024")))).containsExactly(
                RuleCode.DATE_FORMAT);
        ValidatedRow future = validate(with(onisepLike(), "mis_a_jour_le", "2027-01-15"));
        assertThat(rules(future)).containsExactly(RuleCode.DATE_FORMAT);
        assertThat(future.violations().get(0).message()).contains("dans le futur");
        assertThat(validate(with(onisepLike(), "mis_a_jour_le", "2024-06-25")).valid()).isTrue();
    }

    @Test
    void reportsOnlyTheRejectsOfARejectedRow() {
        ValidatedRow row = validate(with(onisepLike(), "code_rome", "M18O2"));
        assertThat(rules(row)).containsExactly(RuleCode.ROME_FORMAT);
    }
}
