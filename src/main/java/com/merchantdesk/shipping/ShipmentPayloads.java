package com.merchantdesk.shipping;

import com.merchantdesk.orders.OrderWire;
import com.merchantdesk.orders.PulledOrders;
import com.merchantdesk.platform.LineUnits;
import com.merchantdesk.platform.ShipmentCreate;
import com.merchantdesk.platform.TrackingEventCreate;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.SyncIdentity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Shipments and hand-entered tracking events queued as the API document's wire types (docs/shipping.md,
 * docs/sync.md): a parcel after its order's earlier rows (its create), an event after its parcel.
 */
final class ShipmentPayloads {

    private ShipmentPayloads() {}

    static void created(Connection c, Shipment s, Instant now) throws SQLException {
        java.util.Map<Integer, String> lineIds = PulledOrders.wireLineIds(c, s.orderId());
        List<LineUnits> lines = s.lines().stream()
                .map(l -> new LineUnits(lineIds.getOrDefault(l.position(), OrderWire.lineId(s.orderId(), l.position())),
                        l.quantity())).toList();
        ShipmentCreate body = new ShipmentCreate(s.id(), s.orderId(), s.carrierCode(), s.serviceCode(), s.trackingNumber(),
                lines, s.weightGrams() == null ? null : Math.toIntExact(s.weightGrams()), s.shippedAt(),
                SyncIdentity.deskId(c));
        OutboxKey key = new OutboxKey(Shipment.OUTBOX_ENTITY, s.id());
        Outbox.append(c, new Outbox.Change(key, "create", WireJson.encode(body), now,
                List.of(key, new OutboxKey("order", s.orderId()))));
    }

    static void event(Connection c, Shipment s, TrackingEvent e, Instant now) throws SQLException {
        TrackingEventCreate body = new TrackingEventCreate(eventId(s.id(), e.seq()), wire(e.status()), e.at(),
                blankToNull(e.place()), blankToNull(e.description()));
        OutboxKey shipment = new OutboxKey(Shipment.OUTBOX_ENTITY, s.id());
        // Keyed with its parcel's id in front: the request's path names the parcel (POST /v1/shipments/{id}/events).
        Outbox.append(c, new Outbox.Change(new OutboxKey(TrackingEvent.OUTBOX_ENTITY, s.id() + "/events/" + body.id()), "create",
                WireJson.encode(body), now, List.of(shipment)));
    }

    /** An event's id on the platform, made from its parcel's UUID and its place in the parcel's list. */
    static String eventId(String shipmentId, int seq) {
        return UUID.nameUUIDFromBytes((shipmentId + "/event/" + seq).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The desk's tracking steps as the platform's: handed over is picked up, an exception is a delay. */
    static com.merchantdesk.platform.TrackingStatus wire(TrackingStatus status) {
        return switch (status) {
            case SHIPPED -> com.merchantdesk.platform.TrackingStatus.PICKED_UP;
            case IN_TRANSIT -> com.merchantdesk.platform.TrackingStatus.IN_TRANSIT;
            case OUT_FOR_DELIVERY -> com.merchantdesk.platform.TrackingStatus.OUT_FOR_DELIVERY;
            case DELIVERED -> com.merchantdesk.platform.TrackingStatus.DELIVERED;
            case EXCEPTION -> com.merchantdesk.platform.TrackingStatus.DELAYED;
            case RETURNED -> com.merchantdesk.platform.TrackingStatus.RETURNED;
        };
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
