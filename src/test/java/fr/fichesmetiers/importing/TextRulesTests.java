package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.support.Messages;

class TextRulesTests {

    private final TextRules rules = new TextRules(Messages.forLanguage("fr"));

    @Test
    void keepsAnOrdinaryFrenchParagraphAsItIsWithoutCleaningIt() {
        String text = "L’œuvre « élevée » coûte 2 000 € brut\u202Fpar mois.\nDeuxième paragraphe : ça va.";
        assertThat(TextRules.alreadyClean(text, true)).isTrue();
        assertThat(rules.clean(text, "resume", true, 1000, problem -> {
            throw new AssertionError(problem.toString());
        })).isSameAs(text);
    }

    @Test
    void cleansWhatNeedsItLikeTheRulesSay() {
        List<RowProblem> problems = new ArrayList<>();
        assertThat(rules.clean("  A\r\nB \nC\n\n\n\nD\t", "resume", true, 1000, problems::add))
                .isEqualTo("A\nB\nC\n\nD");
        assertThat(rules.clean("Cafe\u0301", "resume", true, 1000, problems::add)).isEqualTo("Café");
        assertThat(rules.clean(" \u00A0 ", "resume", true, 1000, problems::add)).isNull();
        assertThat(problems).isEmpty();
        assertThat(rules.clean("ligne 1\nligne 2", "intitule", false, 1000, problems::add)).isNull();
        assertThat(rules.clean("trop long", "intitule", false, 3, problems::add)).isNull();
        assertThat(rules.clean("a\u0007b", "resume", true, 1000, problems::add)).isNull();
        assertThat(problems).extracting(RowProblem::rule).containsExactly(RuleCode.TEXT_CONTROL_CHARACTERS,
                RuleCode.TEXT_TOO_LONG, RuleCode.TEXT_CONTROL_CHARACTERS);
    }

    /** The quick look must never pass a text that the thorough rules would change or refuse. */
    @Test
    void takesAShortcutOnlyForTextsTheRulesLeaveUnchanged() {
        char[] alphabet = {'a', 'é', ' ', '\n', '\r', '\t', '\u00A0', '\u202F', '\uFEFF', '\u0301', '\u2019', '\u2000',
                '\u2126', '\u0085', '\u0007', '\uFFFD', 'œ', '€', 'x', 'E'};
        Random random = new Random(7);
        int shortcuts = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String candidate = text.toString();
            for (boolean multiline : new boolean[] {true, false}) {
                if (TextRules.alreadyClean(candidate, multiline)) {
                    shortcuts++;
                    List<RowProblem> problems = new ArrayList<>();
                    assertThat(rules.cleanThoroughly(candidate, "c", multiline, 100, problems::add))
                            .as("%s (multiline %s)", candidate.codePoints().mapToObj(Integer::toHexString).toList(),
                                    multiline)
                            .isEqualTo(candidate);
                    assertThat(problems).isEmpty();
                }
            }
        }
        assertThat(shortcuts).isGreaterThan(1000);
    }
}
