package com.merchantdesk.sync;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits a delay (a backoff, a Retry-After); returns early, answering false, when asked to stop. */
@FunctionalInterface
public interface Sleeper {

    boolean sleep(Duration delay, BooleanSupplier stop) throws InterruptedException;

    /** Sleeps in short slices so a stop request is seen promptly. */
    Sleeper REAL = (delay, stop) -> {
        long end = System.nanoTime() + delay.toNanos();
        while (true) {
            if (stop.getAsBoolean()) {
                return false;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
        }
    };
}
