package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmicTableTests {

    private static final SmicTable BUNDLED = SmicTable.bundled();

    @Test
    void bundlesTheThreeValuesOfTheReferenceFile() {
        assertThat(BUNDLED.entries()).containsExactly(
                new SmicTable.Entry(LocalDate.of(2024, 11, 1), new BigDecimal("1801.80")),
                new SmicTable.Entry(LocalDate.of(2026, 1, 1), new BigDecimal("1823.03")),
                new SmicTable.Entry(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02")));
    }

    @Test
    void givesTheValueInForceOnADayWithTheDayItCameIntoForce() {
        assertThat(BUNDLED.inForceOn(LocalDate.of(2026, 12, 1))).contains(
                new SmicTable.Entry(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02")));
        assertThat(BUNDLED.inForceOn(LocalDate.of(2026, 6, 1)).orElseThrow().monthlyGross())
                .isEqualByComparingTo("1867.02");
        assertThat(BUNDLED.inForceOn(LocalDate.of(2026, 5, 31)).orElseThrow().monthlyGross())
                .isEqualByComparingTo("1823.03");
        assertThat(BUNDLED.inForceOn(LocalDate.of(2025, 7, 14)).orElseThrow().from())
                .isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(BUNDLED.inForceOn(LocalDate.of(2024, 10, 31))).isEmpty();
        assertThat(BUNDLED.applicableOn(LocalDate.of(2024, 10, 31)).from()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(BUNDLED.applicableOn(LocalDate.of(2026, 12, 1)).monthlyGross()).isEqualByComparingTo("1867.02");
    }

    @Test
    void saysWhenItsNewestValueIsMoreThanThirteenMonthsOld() {
        assertThat(BUNDLED.newest().from()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(BUNDLED.isOutdatedOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(BUNDLED.isOutdatedOn(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(BUNDLED.isOutdatedOn(LocalDate.of(2027, 7, 2))).isTrue();
    }

    @Test
    void aValueAnnouncedForLaterIsNewestButNotYetInForce() {
        SmicTable table = SmicTable.of(Map.of(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02"),
                LocalDate.of(2027, 1, 1), new BigDecimal("1900")));
        assertThat(table.newest().monthlyGross()).isEqualByComparingTo("1900");
        assertThat(table.inForceOn(LocalDate.of(2026, 12, 31)).orElseThrow().monthlyGross())
                .isEqualByComparingTo("1867.02");
        assertThat(table.newest().monthlyGross().scale()).isEqualTo(2);
    }

    @Test
    void refusesAnEmptyTableOrAnAmountThatIsNotPositive() {
        assertThatThrownBy(() -> SmicTable.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmicTable.of(Map.of(LocalDate.of(2026, 1, 1), BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
