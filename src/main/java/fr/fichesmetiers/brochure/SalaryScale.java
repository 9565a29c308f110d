package fr.fichesmetiers.brochure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import fr.fichesmetiers.fiche.SmicTable;

/**
 * The salary axis shared by every brochure of a catalog, so that two brochures side by side compare at a
 * glance: from zero to the highest experienced salary rounded up to the next thousand, with the SMIC marked.
 */
public record SalaryScale(BigDecimal max, BigDecimal smic, LocalDate smicFrom) {

    /** @param smic the SMIC the chart marks, with the day it came into force (the chart names it) */
    public static SalaryScale forCatalog(BigDecimal highestSalary, SmicTable.Entry smic) {
        BigDecimal top = highestSalary.max(smic.monthlyGross()).divide(BigDecimal.valueOf(1000), 0,
                RoundingMode.CEILING).multiply(BigDecimal.valueOf(1000));
        return new SalaryScale(top.max(BigDecimal.valueOf(1000)), smic.monthlyGross(), smic.from());
    }

    /** Where an amount falls on an axis {@code width} long. */
    float position(BigDecimal amount, float width) {
        return (float) (amount.doubleValue() / max.doubleValue() * width);
    }

    /** Tick spacing giving four to ten ticks. */
    int tickStep() {
        int top = max.intValue();
        for (int step : new int[] {500, 1000, 2000, 2500, 5000}) {
            if (top / step <= 10) {
                return step;
            }
        }
        return 10_000;
    }

    String fingerprint() {
        return max.toPlainString() + "/" + smic.toPlainString() + "/" + smicFrom;
    }
}
