package com.merchantdesk.sandbox.faults;

import java.util.Locale;
import java.util.Objects;

/**
 * A fault rule: which requests it matches (method, path, seller; absent means any; a path ending in {@code *}
 * matches by prefix), on which of them it fires (the {@code nth} matching one and the {@code times - 1} after it),
 * and what it does. Deterministic: a rule fires by count, never by chance, unless it has a {@code probability},
 * which then draws from a generator seeded with {@code seed}.
 */
public record FaultRule(String id, String method, String path, String seller, int nth, int times, FaultAction action,
                        Integer status, Integer retryAfter, Long delayMs, Long clockShiftSeconds, Double probability,
                        Long seed) {

    public FaultRule {
        Objects.requireNonNull(action, "action");
        if (nth < 1 || times < 1) {
            throw new IllegalArgumentException("nth and times start at 1");
        }
    }

    public boolean matches(String requestMethod, String requestPath, String requestSeller) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (seller != null && !seller.equals(requestSeller)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1)) : path.equals(requestPath);
    }

    public String describe() {
        return action.name().toLowerCase(Locale.ROOT) + " on " + (method == null ? "any method" : method) + " "
                + (path == null ? "any path" : path) + (seller == null ? "" : " of " + seller) + ", match " + nth
                + (times > 1 ? " to " + (nth + times - 1) : "");
    }
}
