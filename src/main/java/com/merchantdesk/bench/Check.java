package com.merchantdesk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One budget: a measured value against its limit ("at most"), and whether it holds. */
public record Check(String name, double value, double limit, String unit, boolean pass) {

    public static Check atMost(String name, double value, double limit, String unit) {
        return new Check(name, value, limit, unit, value <= limit);
    }

    @JsonProperty("verdict")
    public String verdict() { return pass ? "PASS" : "OVER"; }
}
