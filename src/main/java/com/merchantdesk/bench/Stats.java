package com.merchantdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Summary of repeated timings, in milliseconds: the median and the 95th percentile (nearest rank). */
public record Stats(String name, int samples, double medianMs, double p95Ms, double minMs, double maxMs) {

    public static Stats of(String name, List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no samples for " + name);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double p95 = sorted.get(Math.max(0, (int) Math.ceil(0.95 * n) - 1));
        return new Stats(name, n, median, p95, sorted.get(0), sorted.get(n - 1));
    }

    public String line() {
        return String.format(Locale.ROOT, "%-46s n=%-5d median=%9.2f ms  p95=%9.2f ms  min=%9.2f  max=%9.2f",
                name, samples, medianMs, p95Ms, minMs, maxMs);
    }
}
