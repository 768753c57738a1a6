package com.merchantdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Summary of repeated timings, in milliseconds: the median (mean of the middle two for an even count) and the
 * 95th percentile by nearest rank (the smallest sample that at least 95% of the samples do not exceed).
 */
public record Stats(String name, int samples, double medianMs, double p95Ms, double minMs, double maxMs) {

    public static Stats of(String name, List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no samples for " + name);
        }
        List<Double> sorted = sorted(millis);
        return new Stats(name, sorted.size(), median(sorted), nearestRank(sorted, 95), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    /** The median of any values (not only times). */
    public static double median(List<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The {@code percent}th percentile of any values, by nearest rank. */
    public static double percentile(List<Double> values, double percent) {
        return nearestRank(sorted(values), percent);
    }

    private static double nearestRank(List<Double> sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.min(sorted.size(), Math.max(1, rank)) - 1);
    }

    private static List<Double> sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }

    /** One aligned line: name, count, median, p95, min and max. */
    public String line() {
        return String.format(Locale.ROOT, "%-46s n=%-5d median=%9.2f ms  p95=%9.2f ms  min=%9.2f  max=%9.2f",
                name, samples, medianMs, p95Ms, minMs, maxMs);
    }
}
