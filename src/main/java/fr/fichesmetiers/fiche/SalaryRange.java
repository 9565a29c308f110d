package fr.fichesmetiers.fiche;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Monthly gross salary in euros, for a beginner and for an experienced professional. Either may be unknown
 * (ONISEP gives no experienced salary): an unknown amount is absent, never zero.
 */
public record SalaryRange(Optional<BigDecimal> starting, Optional<BigDecimal> experienced) {

    /** Neither amount known. */
    public static final SalaryRange UNKNOWN = new SalaryRange(Optional.empty(), Optional.empty());

    public SalaryRange {
        starting = cents(starting);
        experienced = cents(experienced);
    }

    /** From two amounts, each {@code null} when unknown. */
    public static SalaryRange of(BigDecimal starting, BigDecimal experienced) {
        return new SalaryRange(Optional.ofNullable(starting), Optional.ofNullable(experienced));
    }

    /** Whether both amounts are known. */
    public boolean isComplete() {
        return starting.isPresent() && experienced.isPresent();
    }

    /**
     * How much more an experienced professional earns: {@code 1.0} means twice the starting salary. Empty unless
     * both amounts are known.
     */
    public OptionalDouble progression() {
        if (!isComplete() || starting.get().signum() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(experienced.get().doubleValue() / starting.get().doubleValue() - 1);
    }

    private static Optional<BigDecimal> cents(Optional<BigDecimal> amount) {
        return amount == null ? Optional.empty() : amount.map(a -> a.setScale(2, RoundingMode.HALF_UP));
    }
}
