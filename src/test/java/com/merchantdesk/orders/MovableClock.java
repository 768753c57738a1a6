package com.merchantdesk.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so order times, numbers and history are known. */
final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant start) { this.now = start; }

    void advance(Duration by) { now = now.plus(by); }

    void set(Instant at) { now = at; }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }

    @Override
    public Instant instant() { return now; }
}
