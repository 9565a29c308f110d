package fr.fichesmetiers.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.support.Messages;

class ImportOptionsTests {

    private static ImportOptions delimiter(String value) {
        ImportOptions options = new ImportOptions();
        options.delimiter = value;
        return options;
    }

    @Test
    void acceptsOnlyTheDelimitersOfTheInputContract() {
        assertThat(delimiter(";").delimiterChar()).isEqualTo(";");
        assertThat(delimiter(",").delimiterChar()).isEqualTo(",");
        for (String tab : new String[] {"\t", "\\t", "tab", "TAB", "tabulation"}) {
            assertThat(delimiter(tab).delimiterChar()).as(tab).isEqualTo("\t");
        }
        for (String other : new String[] {"|", "ab", ":", " ", ""}) {
            assertThat(delimiter(other).delimiterChar()).as(other).isNull();
        }
    }

    @Test
    void refusesAnotherDelimiterInTheUsersLanguage() {
        assertThat(delimiter("|").problem(Messages.forLanguage("fr")))
                .isEqualTo("--delimiter : « | » n'est pas un séparateur accepté (; , ou tab)");
        assertThat(delimiter("|").problem(Messages.forLanguage("en")))
                .isEqualTo("--delimiter: \"|\" is not an accepted delimiter (; , or tab)");
        assertThat(delimiter("tab").problem(Messages.forLanguage("fr"))).isNull();
    }

    @Test
    void saysAPercentageAbove100IsOutOfRangeRatherThanMalformed() {
        ImportOptions options = new ImportOptions();
        options.maxRejects = "150%";
        assertThat(options.problem(Messages.forLanguage("fr")))
                .isEqualTo("--max-rejects : « 150% » : un pourcentage va de 0 % à 100 %");
        options.maxRejects = "dix";
        assertThat(options.problem(Messages.forLanguage("fr"))).contains("n'est ni un nombre (25) ni un pourcentage");
        options.maxRejects = "100%";
        assertThat(options.problem(Messages.forLanguage("fr"))).isNull();
    }
}
