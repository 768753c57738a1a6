package com.merchantdesk.customers;

/**
 * What the customers list asks for: {@code text} matches the start of any word of the name, the phone (also
 * typed without dashes or spaces) or the email; empty lists everyone, by name. {@code notOnPlatform}: only customers
 * whose create the platform has not acknowledged yet.
 */
public record CustomerQuery(String text, int offset, int limit, boolean notOnPlatform) {

    public static final int MAX_LIMIT = 1000;

    public CustomerQuery {
        text = text == null ? "" : text.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Without the "not yet on the platform" filter. */
    public CustomerQuery(String text, int offset, int limit) {
        this(text, offset, limit, false);
    }

    public static CustomerQuery of(String text, int limit) { return new CustomerQuery(text, 0, limit); }
}
