package com.merchantdesk;

import java.time.Instant;

/**
 * With {@code -Dmerchantdesk.startupTrace=true}, the start-up path prints when it passes each step (milliseconds
 * since the JVM started, and the thread) to standard error: where the time to the first window goes, without a
 * profiler. Off, each call is one read of a static field.
 */
public final class StartupTrace {

    public static final String PROPERTY = "merchantdesk.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final long JVM_START_MS = ON
            ? ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(System.currentTimeMillis())
            : 0;

    private StartupTrace() {}

    public static boolean on() { return ON; }

    /** Prints {@code step} with the time since the JVM started, when tracing is on. */
    public static void mark(String step) {
        if (ON) {
            System.err.println("startup-trace " + (System.currentTimeMillis() - JVM_START_MS) + " ms " + step
                    + " [" + Thread.currentThread().getName() + "]");
        }
    }
}
