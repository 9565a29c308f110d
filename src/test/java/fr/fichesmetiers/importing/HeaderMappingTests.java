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
}
