package com.merchantdesk.bench;

import java.util.List;
import java.util.Locale;

/**
 * The gaps between consecutive FX pulses over one stretch of a window's life, in milliseconds: how many, the median,
 * the 99th percentile (nearest rank) and the longest. A stretch with no gaps has count 0 and zeros.
 */
public record PulseGaps(String name, int count, double medianMs, double p99Ms, double maxMs) {

    public static PulseGaps of(String name, List<Double> gapsMs) {
        if (gapsMs.isEmpty()) {
            return new PulseGaps(name, 0, 0, 0, 0);
        }
        return new PulseGaps(name, gapsMs.size(), Stats.median(gapsMs), Stats.percentile(gapsMs, 99),
                gapsMs.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    public String line() {
        return String.format(Locale.ROOT, "%-34s n=%-6d median=%7.1f ms  p99=%7.1f ms  max=%7.1f ms", name, count, medianMs,
                p99Ms, maxMs);
    }
}
