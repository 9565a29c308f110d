package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.support.Messages;

class FaqValidatorTests {

    private final Messages messages = Messages.forLanguage("fr");
    private final FaqValidator validator = new FaqValidator(HeaderMapping.of(FaqColumn.class,
            List.of("identifiant", "question", "reponse"), "faq.csv", messages), "faq.csv", 50_000, messages);

    @Test
    void acceptsAPairAndLowerCasesItsId() {
        FaqRow row = validator.validate(new CsvRow(2, List.of("Developpeur-Back-End", "Quel bac ?", "Un bac général.")));
        assertThat(row.valid()).isTrue();
        assertThat(row.ficheId()).isEqualTo("developpeur-back-end");
    }

    @Test
    void rejectsAQuestionWithoutAnswer() {
        FaqRow row = validator.validate(new CsvRow(5, List.of("developpeur-back-end", "Quel bac ?", " ")));
        assertThat(row.violations()).extracting(Violation::rule).containsExactly(RuleCode.FAQ_REQUIRED);
        assertThat(row.violations().get(0).column()).isEqualTo("reponse");
        assertThat(row.violations().get(0).line()).isEqualTo(5);
    }
}
