package com.merchantdesk.shipping;

import com.merchantdesk.store.SyncState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A parcel of an order: some or all of its lines, with a carrier's service and tracking number.
 *
 * @param id          a time-ordered UUID made on this desk (the platform knows the shipment by it)
 * @param weightGrams null when not weighed
 * @param size        null when not given
 * @param shipBy      the order's ship-by counted with this shipment's service; null for an order without a promise
 * @param deliverBy   the delivery promised to the buyer; null likewise
 * @param deliveredAt null until a delivered event
 * @param syncState   where it stands with the platform, as the shipments list reads it (local only elsewhere)
 */
public record Shipment(String id, String orderId, String orderNumber, String carrierCode, String serviceCode,
                       String trackingNumber, List<ShipmentLine> lines, Long weightGrams, PackageSize size,
                       TrackingStatus status, Instant shippedAt, Instant shipBy, Instant deliverBy, Instant deliveredAt,
                       SyncState syncState) {

    /** The outbox entity of a shipment. */
    public static final String OUTBOX_ENTITY = "shipment";

    public Shipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(carrierCode, "carrierCode");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(shippedAt, "shippedAt");
        lines = List.copyOf(lines);
        syncState = syncState == null ? SyncState.LOCAL_ONLY : syncState;
    }

    /** A shipment whose sync state is not read. */
    public Shipment(String id, String orderId, String orderNumber, String carrierCode, String serviceCode,
                    String trackingNumber, List<ShipmentLine> lines, Long weightGrams, PackageSize size,
                    TrackingStatus status, Instant shippedAt, Instant shipBy, Instant deliverBy, Instant deliveredAt) {
        this(id, orderId, orderNumber, carrierCode, serviceCode, trackingNumber, lines, weightGrams, size, status,
                shippedAt, shipBy, deliverBy, deliveredAt, SyncState.LOCAL_ONLY);
    }

    public Shipment withSyncState(SyncState state) {
        return new Shipment(id, orderId, orderNumber, carrierCode, serviceCode, trackingNumber, lines, weightGrams, size,
                status, shippedAt, shipBy, deliverBy, deliveredAt, state);
    }

    /** Shipped after its ship-by. */
    public boolean shippedLate() { return shipBy != null && shippedAt.isAfter(shipBy); }

    /** Delivered after the promise, or not delivered and the promise has passed. */
    public boolean deliveryLateAt(Instant now) {
        if (deliverBy == null) {
            return false;
        }
        return deliveredAt != null ? deliveredAt.isAfter(deliverBy) : now.isAfter(deliverBy);
    }

    public long units() { return lines.stream().mapToLong(ShipmentLine::quantity).sum(); }
}
