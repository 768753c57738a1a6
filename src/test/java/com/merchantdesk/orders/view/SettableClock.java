package com.merchantdesk.orders.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test or preview moves by hand, so orders can be taken on different days. */
final class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(Instant start) { this.now = start; }

    void advance(Duration by) { now = now.plus(by); }

    void set(Instant at) { now = at; }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }

    @Override
    public Instant instant() { return now; }
}
