package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LongDatesTests {

    @Test
    void writesTheFirstOfAMonthAsAnOrdinalInFrench() {
        assertThat(LongDates.format(LocalDate.of(2026, 6, 1), Locale.FRENCH)).isEqualTo("1er juin 2026");
        assertThat(LongDates.format(LocalDate.of(2026, 1, 1), Locale.FRANCE)).isEqualTo("1er janvier 2026");
        assertThat(LongDates.format(LocalDate.of(2026, 6, 2), Locale.FRENCH)).isEqualTo("2 juin 2026");
        assertThat(LongDates.format(LocalDate.of(2025, 12, 17), Locale.FRENCH)).isEqualTo("17 décembre 2025");
        assertThat(LongDates.format(LocalDate.of(2026, 8, 11), Locale.FRENCH)).isEqualTo("11 août 2026");
    }

    @Test
    void writesDayMonthYearInEnglish() {
        assertThat(LongDates.format(LocalDate.of(2026, 6, 1), Locale.ENGLISH)).isEqualTo("1 June 2026");
        assertThat(LongDates.format(LocalDate.of(2024, 11, 21), Locale.UK)).isEqualTo("21 November 2024");
    }

    @Test
    void followsTheMessagesLanguage() {
        assertThat(LongDates.format(LocalDate.of(2026, 6, 1), Messages.forLanguage("en").locale()))
                .isEqualTo("1 June 2026");
        assertThat(LongDates.format(LocalDate.of(2026, 6, 1), Messages.forLanguage("fr").locale()))
                .isEqualTo("1er juin 2026");
    }
}
