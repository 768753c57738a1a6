package com.merchantdesk.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test (or a preview) moves by hand, so times in rows, order numbers, history and outbox payloads
 * are known, and orders can be taken on different days. Always UTC.
 */
public final class SettableClock extends Clock {

    // Read by background threads of the screens under test.
    private volatile Instant now;

    public SettableClock(Instant start) { this.now = start; }

    public void advance(Duration by) { now = now.plus(by); }

    public void set(Instant at) { now = at; }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }

    @Override
    public Instant instant() { return now; }
}
