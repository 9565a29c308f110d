package fr.fichesmetiers.comparison;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Count, min, average and max of starting and experienced salaries for one group (a guide, a level). As the
 * summary's formulas do (COUNTIF counts every profile, MINIFS, AVERAGEIF and MAXIFS skip empty cells), an unknown
 * salary counts the profile but no amount.
 */
final class GroupStats {

    int count;
    private final Amounts starting = new Amounts();
    private final Amounts experienced = new Amounts();

    void add(Optional<BigDecimal> startingSalary, Optional<BigDecimal> experiencedSalary) {
        count++;
        startingSalary.ifPresent(starting::add);
        experiencedSalary.ifPresent(experienced::add);
    }

    double startingMin() {
        return starting.min();
    }

    double startingAverage() {
        return starting.average();
    }

    double startingMax() {
        return starting.max;
    }

    double experiencedMin() {
        return experienced.min();
    }

    double experiencedAverage() {
        return experienced.average();
    }

    double experiencedMax() {
        return experienced.max;
    }

    /** The amounts of one column; 0 when there are none, as MINIFS and MAXIFS give. */
    private static final class Amounts {

        private int count;
        private double min = Double.MAX_VALUE;
        private double sum;
        private double max;

        void add(BigDecimal amount) {
            double value = amount.doubleValue();
            count++;
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }

        double min() {
            return count == 0 ? 0 : min;
        }

        double average() {
            return count == 0 ? 0 : sum / count;
        }
    }
}
