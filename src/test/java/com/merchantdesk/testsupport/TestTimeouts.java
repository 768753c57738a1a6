package com.merchantdesk.testsupport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one safety timeout of the test suite. Tests wait for events (a line printed, a file appearing, a node
 * shown), never for a fixed time; this only bounds how long they wait for something that should happen, so a
 * stuck child or a lost event fails the test instead of hanging the build. It is generous on purpose: CI runs
 * on slower, busier machines than ours. A still slower machine scales it with
 * {@code -Dmerchantdesk.test.timeoutScale=3} (Maven passes {@code -D} properties on to the test JVM).
 */
public final class TestTimeouts {

    /** Multiplies {@link #SAFETY}; a positive decimal number, 1 when unset. */
    public static final String SCALE_PROPERTY = "merchantdesk.test.timeoutScale";

    private static final Duration BASE = Duration.ofSeconds(30);

    /** The longest a test waits for any one thing before it fails. */
    public static final Duration SAFETY = scaled(BASE, System.getProperty(SCALE_PROPERTY));

    private TestTimeouts() {}

    /** {@link #SAFETY} in milliseconds, for the APIs that take a number and a {@link TimeUnit}. */
    public static long safetyMillis() { return SAFETY.toMillis(); }

    /** How a failed wait explains itself: what it waited for, and how to give a slow machine more time. */
    public static String timedOut(String what) {
        return "Timed out after " + seconds(SAFETY) + " waiting until " + what
                + " (a slower machine can scale this with -D" + SCALE_PROPERTY + "=N)";
    }

    /** A timeout as people read it: "30 s", "0.3 s". */
    public static String seconds(Duration timeout) {
        return String.format(java.util.Locale.ROOT, timeout.toMillis() % 1000 == 0 ? "%.0f s" : "%.1f s", timeout.toMillis() / 1000.0);
    }

    static Duration scaled(Duration base, String scale) {
        if (scale == null || scale.isBlank()) {
            return base;
        }
        double factor;
        try {
            factor = Double.parseDouble(scale.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SCALE_PROPERTY + " must be a positive number, not \"" + scale + "\"", e);
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(SCALE_PROPERTY + " must be a positive number, not \"" + scale + "\"");
        }
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }
}
