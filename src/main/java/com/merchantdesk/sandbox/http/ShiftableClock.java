package com.merchantdesk.sandbox.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The server's clock: another clock moved by an offset that a fault rule may shift (clock skew, day changes). */
public final class ShiftableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public ShiftableClock(Clock base) { this.base = base; }

    public void shift(Duration by) { offset.accumulateAndGet(by, Duration::plus); }

    public Duration offset() { return offset.get(); }

    @Override
    public ZoneId getZone() { return base.getZone(); }

    @Override
    public Clock withZone(ZoneId zone) { return this; }

    @Override
    public Instant instant() { return base.instant().plus(offset.get()); }
}
