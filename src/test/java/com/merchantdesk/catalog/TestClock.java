package com.merchantdesk.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so times in rows and outbox payloads are known. */
final class TestClock extends Clock {

    private Instant now;

    TestClock(Instant start) { this.now = start; }

    void advance(Duration by) { now = now.plus(by); }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }

    @Override
    public Instant instant() { return now; }
}
