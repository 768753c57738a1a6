package com.merchantdesk.sync.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before trying again: doubling from {@link #BASE} per attempt up to {@link #CAP}, with half of it
 * random (so many desks behind one outage do not come back in step), and never less than the server's
 * {@code Retry-After}. A delay, never a time of day: the desk's clock plays no part.
 */
public final class Backoff {

    public static final Duration BASE = Duration.ofMillis(500);
    public static final Duration CAP = Duration.ofMinutes(5);

    private final RandomGenerator random;

    public Backoff(RandomGenerator random) { this.random = random; }

    /** The delay after the {@code attempts}-th failure in a row (1 = the first). */
    public Duration after(int attempts, Duration retryAfter) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        long full = Math.min(CAP.toMillis(), BASE.toMillis() << doublings);
        long jittered = full / 2 + random.nextLong(full / 2 + 1);
        Duration delay = Duration.ofMillis(jittered);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            // The server said when it can take more: not a moment earlier, plus a little spread.
            return retryAfter.plusMillis(random.nextLong(Math.max(1, Math.min(1_000, retryAfter.toMillis() / 10 + 1))));
        }
        return delay;
    }
}
