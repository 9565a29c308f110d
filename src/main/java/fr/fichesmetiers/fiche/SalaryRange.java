package fr.fichesmetiers.fiche;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Monthly gross salary in euros, for a beginner and for an experienced professional. */
public record SalaryRange(BigDecimal starting, BigDecimal experienced) {

    public SalaryRange {
        if (starting == null || experienced == null) {
            throw new IllegalArgumentException("Both salaries are required");
        }
        starting = starting.setScale(2, RoundingMode.HALF_UP);
        experienced = experienced.setScale(2, RoundingMode.HALF_UP);
    }

    /** How much more an experienced professional earns: {@code 1.0} means twice the starting salary. */
    public double progression() {
        return experienced.doubleValue() / starting.doubleValue() - 1;
    }
}
