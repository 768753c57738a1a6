package com.merchantdesk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One budget: a measured value against its limit ("at most" a time or a size, "at least" a throughput), and
 * whether it holds.
 *
 * @param relation {@code <=} or {@code >=}: how the value must stand to the limit
 */
public record Check(String name, double value, double limit, String unit, String relation, boolean pass) {

    public static Check atMost(String name, double value, double limit, String unit) {
        return new Check(name, value, limit, unit, "<=", value <= limit);
    }

    public static Check atLeast(String name, double value, double limit, String unit) {
        return new Check(name, value, limit, unit, ">=", value >= limit);
    }

    @JsonProperty("verdict")
    public String verdict() { return pass ? "PASS" : "OVER"; }
}
