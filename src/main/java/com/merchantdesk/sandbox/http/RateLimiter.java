package com.merchantdesk.sandbox.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per seller (or, before a token is known, per client address): {@code capacity} requests at once,
 * refilled at {@code perSecond}. Uses the server's monotonic clock, never the time of day.
 */
public final class RateLimiter {

    /** What one request was told: allowed or not, what is left, and when to come back. */
    public record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    private final long capacity;
    private final double perSecond;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(long capacity, double perSecond) { this(capacity, perSecond, System::nanoTime); }

    RateLimiter(long capacity, double perSecond, LongSupplier nanoTime) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    public Verdict take(String who) {
        Bucket bucket = buckets.computeIfAbsent(who, k -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            double elapsedSeconds = (now - bucket.updatedAt) / (double) TimeUnit.SECONDS.toNanos(1);
            bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * perSecond);
            bucket.updatedAt = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long remaining = (long) Math.floor(bucket.tokens);
            long reset = (long) Math.ceil((capacity - bucket.tokens) / perSecond);
            long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
            return new Verdict(allowed, capacity, remaining, reset, retryAfter);
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(long tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
