package com.merchantdesk.shipping;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A page of the shipments list, newest first.
 *
 * @param text        start of a tracking number or of an order number (blank: any)
 * @param statuses    empty: any
 * @param carrierCode blank: any
 * @param late        only shipped late, delivered late or past the promise and not delivered
 * @param atRisk      only not delivered with less than the policy's margin left before the promise
 * @param from        shipped at or after (null: any)
 * @param before      shipped before (null: any)
 * @param notOnPlatform only shipments whose create the platform has not acknowledged yet
 */
public record ShipmentQuery(String text, Set<TrackingStatus> statuses, String carrierCode, boolean late, boolean atRisk,
                            Instant from, Instant before, Instant now, int offset, int limit, boolean notOnPlatform) {

    public ShipmentQuery {
        text = text == null ? "" : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        carrierCode = carrierCode == null ? "" : carrierCode.strip();
        Objects.requireNonNull(now, "now");
        if (offset < 0 || limit < 1 || limit > ToShipQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /** Without the "not yet on the platform" filter. */
    public ShipmentQuery(String text, Set<TrackingStatus> statuses, String carrierCode, boolean late, boolean atRisk,
                         Instant from, Instant before, Instant now, int offset, int limit) {
        this(text, statuses, carrierCode, late, atRisk, from, before, now, offset, limit, false);
    }

    public static ShipmentQuery all(Instant now, int offset, int limit) {
        return new ShipmentQuery("", Set.of(), "", false, false, null, null, now, offset, limit);
    }
}
