package fr.fichesmetiers.fiche;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;

/**
 * The SMIC (French minimum wage, mainland France) as a dated table: from each date on, the monthly gross amount
 * for 35 hours a week. It changes every 1 January and sometimes in the year (1 June 2026), so a salary is checked
 * against the value in force on a day, and the table says which one that was.
 *
 * @param values from-date → monthly gross in euros (two decimals), in date order
 */
public record SmicTable(NavigableMap<LocalDate, BigDecimal> values) {

    /** A table whose newest value is older than this may have missed a revaluation (one is due every January). */
    public static final Period OUTDATED_AFTER = Period.ofMonths(13);

    /** One value of the table: the amount and the day it came into force. */
    public record Entry(LocalDate from, BigDecimal monthlyGross) {
    }

    public SmicTable {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("The SMIC table needs at least one dated value");
        }
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
        values.forEach((from, amount) -> {
            if (from == null || amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("Not a SMIC value: " + from + " → " + amount);
            }
            copy.put(from, amount.setScale(2, RoundingMode.HALF_UP));
        });
        values = Collections.unmodifiableNavigableMap(copy);
    }

    public static SmicTable of(Map<LocalDate, BigDecimal> values) {
        return new SmicTable(new TreeMap<>(values));
    }

    /** The values bundled in {@code reference/smic.csv} (sources in its README). */
    public static SmicTable bundled() {
        TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
        for (CSVRecord row : ReferenceFiles.rows("smic.csv")) {
            values.put(LocalDate.parse(row.get("en_vigueur_le")),
                    new BigDecimal(row.get("mensuel_brut_35h").replace(',', '.')));
        }
        return new SmicTable(values);
    }

    /** The value in force on a day; empty for a day before the table's first value. */
    public Optional<Entry> inForceOn(LocalDate day) {
        return Optional.ofNullable(values.floorEntry(day)).map(e -> new Entry(e.getKey(), e.getValue()));
    }

    /**
     * The value to check against on a day: the one in force, or the table's first value for a day before it (only a
     * clock set years back finds none in force).
     */
    public Entry applicableOn(LocalDate day) {
        return inForceOn(day).orElseGet(() -> entries().get(0));
    }

    /** The latest value of the table, whether in force yet or announced for a later day. */
    public Entry newest() {
        Map.Entry<LocalDate, BigDecimal> last = values.lastEntry();
        return new Entry(last.getKey(), last.getValue());
    }

    /** Whether the newest value came into force more than {@link #OUTDATED_AFTER} before {@code day}. */
    public boolean isOutdatedOn(LocalDate day) {
        return newest().from().plus(OUTDATED_AFTER).isBefore(day);
    }

    /** Every value, oldest first. */
    public List<Entry> entries() {
        return values.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }
}
