package fr.fichesmetiers.comparison;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import fr.fichesmetiers.fiche.SalaryRange;

/**
 * Count, and the known count, min, average and max of starting and experienced salaries, of one group (a guide, a
 * level, the whole workbook), as the summary formulas compute them while no filter hides a row: an unknown salary
 * counts the profile but no amount, and a group without any amount has none ({@code NaN}, an empty cell), never 0.
 */
final class GroupStats {

    int count;
    final Amounts starting = new Amounts();
    final Amounts experienced = new Amounts();
    final Amounts progression = new Amounts();

    void add(SalaryRange salary) {
        count++;
        salary.starting().ifPresent(starting::add);
        salary.experienced().ifPresent(experienced::add);
        OptionalDouble rise = salary.progression();
        if (rise.isPresent()) {
            progression.add(rise.getAsDouble());
        }
    }

    /** The amounts of one column. */
    static final class Amounts {

        private int count;
        private double min = Double.MAX_VALUE;
        private double sum;
        private double max = -Double.MAX_VALUE;

        void add(BigDecimal amount) {
            add(amount.doubleValue());
        }

        void add(double value) {
            count++;
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }

        int count() {
            return count;
        }

        double min() {
            return count == 0 ? Double.NaN : min;
        }

        double average() {
            return count == 0 ? Double.NaN : sum / count;
        }

        double max() {
            return count == 0 ? Double.NaN : max;
        }
    }
}
