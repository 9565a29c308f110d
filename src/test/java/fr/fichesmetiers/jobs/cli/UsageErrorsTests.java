package fr.fichesmetiers.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageErrorsTests {

    @Test
    void speaksEnglishOnlyWhenTheCommandLineAsksForIt() {
        assertThat(UsageErrors.messages("import", "--nope").language()).isEqualTo("fr");
        assertThat(UsageErrors.messages("import", "--lang", "en", "--nope").language()).isEqualTo("en");
        assertThat(UsageErrors.messages("import", "--lang=en").language()).isEqualTo("en");
        assertThat(UsageErrors.messages("import", "--lang").language()).isEqualTo("fr");
        assertThat(UsageErrors.messages("import", "en").language()).isEqualTo("fr");
    }

    @Test
    void countsATypoOrASwapAsOneEdit() {
        assertThat(UsageErrors.distance("improt", "import")).isEqualTo(1);
        assertThat(UsageErrors.distance("hisotry", "history")).isEqualTo(1);
        assertThat(UsageErrors.distance("imprt", "import")).isEqualTo(1);
        assertThat(UsageErrors.distance("frobnicate", "validate")).isGreaterThan(3);
    }
}
