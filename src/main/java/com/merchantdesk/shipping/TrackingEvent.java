package com.merchantdesk.shipping;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a parcel's way: entered by hand on this desk, or (once sync lands) reported by the carrier through
 * the platform.
 *
 * @param seq the shipment's own count of events, from 0
 */
public record TrackingEvent(String shipmentId, int seq, TrackingStatus status, Instant at, String place,
                            String description) {

    /** The outbox entity of a tracking event entered on this desk. */
    public static final String OUTBOX_ENTITY = "tracking_event";

    public TrackingEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        place = place == null ? "" : place;
        description = description == null ? "" : description;
    }
}
