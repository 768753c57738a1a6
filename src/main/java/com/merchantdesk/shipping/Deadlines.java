package com.merchantdesk.shipping;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An order's two deadlines, in UTC: ship-by (hand the parcel to the carrier) and the delivery promised to the
 * buyer. "Late" means not shipped by {@code shipBy}; "delivery late", not delivered by {@code deliverBy}.
 */
public record Deadlines(Instant shipBy, Instant deliverBy) {

    public Deadlines {
        Objects.requireNonNull(shipBy, "shipBy");
        Objects.requireNonNull(deliverBy, "deliverBy");
    }

    public boolean lateAt(Instant now) { return now.isAfter(shipBy); }

    /** Not late yet, but less than {@code margin} left before the ship-by. */
    public boolean atRiskAt(Instant now, Duration margin) {
        return !lateAt(now) && Duration.between(now, shipBy).compareTo(margin) < 0;
    }
}
