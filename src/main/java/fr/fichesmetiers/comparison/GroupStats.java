package fr.fichesmetiers.comparison;

/** Count, min, sum and max of starting and experienced salaries for one group (a guide, a level). */
final class GroupStats {

    int count;
    double startingMin = Double.MAX_VALUE;
    double startingSum;
    double startingMax;
    double experiencedMin = Double.MAX_VALUE;
    double experiencedSum;
    double experiencedMax;

    void add(double starting, double experienced) {
        count++;
        startingMin = Math.min(startingMin, starting);
        startingMax = Math.max(startingMax, starting);
        startingSum += starting;
        experiencedMin = Math.min(experiencedMin, experienced);
        experiencedMax = Math.max(experiencedMax, experienced);
        experiencedSum += experienced;
    }

    double startingAverage() {
        return count == 0 ? 0 : startingSum / count;
    }

    double experiencedAverage() {
        return count == 0 ? 0 : experiencedSum / count;
    }
}
