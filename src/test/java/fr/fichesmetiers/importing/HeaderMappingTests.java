package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.support.Messages;

class HeaderMappingTests {

    private final Messages messages = Messages.forLanguage("fr");

    @Test
    void matchesTheSeedLabelsIgnoringCaseAccentsAndApostrophes() {
        List<String> header = List.of("Identifiant", "INTITULÉ", "Guide", "Code ROME", "Code FAP", "Niveau d’études :",
                "Bac conseillé", "Employabilité", "Mobilité", "Salaire débutant", "Salaire expérimenté",
                "Résumé du métier");
        HeaderMapping<FicheColumn> mapping = HeaderMapping.of(FicheColumn.class, header, "fiches.csv", messages);
        assertThat(mapping.position(FicheColumn.EDUCATION_LEVEL)).isEqualTo(5);
        assertThat(mapping.position(FicheColumn.SUMMARY)).isEqualTo(11);
        assertThat(mapping.written(FicheColumn.ROME)).isEqualTo("Code ROME");
        assertThat(mapping.position(FicheColumn.ROLE)).isEqualTo(-1);
    }

    @Test
    void matchesEnglishAliasesAndReportsUnknownColumns() {
        List<String> header = new ArrayList<>(List.of("id", "title", "guide", "rome_code", "fap_code",
                "education_level", "employability", "mobility", "starting_salary", "experienced_salary", "summary"));
        header.add("colour");
        HeaderMapping<FicheColumn> mapping = HeaderMapping.of(FicheColumn.class, header, "fiches.csv", messages);
        assertThat(mapping.position(FicheColumn.STARTING_SALARY)).isEqualTo(8);
        assertThat(mapping.unknownColumns()).containsExactly("colour");
    }

    @Test
    void refusesAFileWithoutARequiredColumnListingWhatIsMissingAndWhatWasFound() {
        assertThatThrownBy(() -> HeaderMapping.of(FicheColumn.class, List.of("identifiant", "intitule", "guide"),
                "fiches.csv", messages))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(RuleCode.HEADER_MISSING_COLUMN))
                .hasMessageContaining("absente(s) : code_rome, resume.")
                .hasMessageContaining("Colonnes trouvées : identifiant, intitule, guide");
    }

    @Test
    void refusesAColumnPresentTwiceUnderTwoSpellings() {
        assertThatThrownBy(() -> HeaderMapping.of(FaqColumn.class, List.of("identifiant", "question", "reponse", "id"),
                "faq.csv", messages))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(RuleCode.HEADER_DUPLICATE_COLUMN))
                .hasMessageContaining("identifiant (identifiant, id)");
    }

    @Test
    void ignoresAByteOrderMarkLeftOnTheFirstHeader() {
        HeaderMapping<FaqColumn> mapping = HeaderMapping.of(FaqColumn.class,
                List.of("\uFEFFidentifiant", "question", "réponse"), "faq.csv", messages);
        assertThat(mapping.position(FaqColumn.ID)).isZero();
        assertThat(mapping.position(FaqColumn.ANSWER)).isEqualTo(2);
    }

    private static final List<String> FAQ = List.of("identifiant", "question", "reponse");

    private static List<String> with(List<String> fields, String... more) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void dropsOnlyAsManyEmptyFieldsAtTheEndAsTheHeaderLineEndsWith() {
        HeaderMapping<FaqColumn> excel = HeaderMapping.of(FaqColumn.class, with(FAQ, "", ""), "faq.csv", messages);
        assertThat(excel.width()).isEqualTo(3);
        assertThat(excel.fits(List.of("a", "Q ?", "R."))).isTrue();
        assertThat(excel.fits(List.of("a", "Q ?", "R.", ""))).isTrue();
        assertThat(excel.fits(List.of("a", "Q ?", "R.", "", ""))).isTrue();
        assertThat(excel.fieldCount(List.of("a", "Q ?", "R.", "", "", ""))).isEqualTo(4);
        assertThat(excel.fieldCount(List.of("a", "Q ?", "R.", "x", ""))).isEqualTo(4);
    }

    @Test
    void countsAFieldTooManyInTheMiddleEvenWhenTheLastFieldIsEmpty() {
        HeaderMapping<FaqColumn> plain = HeaderMapping.of(FaqColumn.class, FAQ, "faq.csv", messages);
        // "a;Q ?;en trop;" : the answer column is empty, the row is shifted by one.
        List<String> shifted = List.of("a", "Q ?", "en trop", "");
        assertThat(plain.fits(shifted)).isFalse();
        assertThat(plain.fieldCount(shifted)).isEqualTo(4);
        assertThat(plain.fieldCount(List.of("a", "Q ?"))).isEqualTo(2);
        // Empty named fields never count as spreadsheet columns.
        assertThat(plain.fits(List.of("a", "", ""))).isTrue();
    }
}
