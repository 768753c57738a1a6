package com.merchantdesk.sync.push;

import java.time.Duration;

/**
 * What one push round did and why it stopped. {@code waitAtLeast}: with {@link Stop#PLATFORM_BUSY}, the delay the
 * failed row must wait (its backoff, or the platform's {@code Retry-After}).
 */
public record PushResult(int acknowledged, int failed, int conflicts, Stop stop, Duration waitAtLeast, String error) {

    public enum Stop {
        /** No row is ready: the outbox is drained, or what is left waits, is failed or blocked. */
        NOTHING_READY,
        /** 401: the token was refused; the rows in flight were put back as they were. */
        TOKEN_REFUSED,
        /** The platform is unreachable, overloaded or rate-limiting: wait before sending anything else. */
        PLATFORM_BUSY,
        /** The caller asked to stop. */
        STOPPED
    }
}
