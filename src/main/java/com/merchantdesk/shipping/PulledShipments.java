package com.merchantdesk.shipping;

import com.merchantdesk.kernel.Origin;
import com.merchantdesk.orders.OrderFulfilment;
import com.merchantdesk.orders.PulledOrders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parcels pulled from the platform (docs/sync.md, "Applying pulled records"), on the sync engine's transaction: a
 * parcel made elsewhere (the platform's, another desk's) is stored like the desk's own; the platform's tracking
 * events are added once by their ids (the platform owns them, the carriers report them through it), for the
 * desk's own parcels too. The parcel's status and delivery follow its events as for events entered by hand, and
 * a shipped order whose parcels all arrived is delivered; nothing is queued.
 */
public final class PulledShipments {

    /** What {@link #apply} did. */
    public enum Applied { STORED, UPDATED, ALREADY_KNOWN, ORDER_MISSING, CARRIER_UNKNOWN }

    private final ShipmentRepository shipments = new ShipmentRepository();
    private final CarrierRepository carriers = new CarrierRepository();
    private final OrderFulfilment orders = new OrderFulfilment();

    public Applied apply(Connection c, com.merchantdesk.platform.Shipment p) throws SQLException {
        Optional<ShipmentRepository.Stored> existing = shipments.find(c, p.id());
        ShipmentRepository.Stored stored;
        boolean isNew = existing.isEmpty();
        if (isNew) {
            Optional<OrderFulfilment.Found> order = orders.find(c, p.orderId());
            if (order.isEmpty() || !order.get().order().id().equalsIgnoreCase(p.orderId())) {
                return Applied.ORDER_MISSING;
            }
            Optional<CarrierRepository.Stored> carrier = p.carrier() == null ? Optional.empty()
                    : carriers.byCode(c, p.carrier());
            Integer serviceNo = carrier.map(cr -> cr.serviceNos().get(p.service())).orElse(null);
            if (serviceNo == null) {
                return Applied.CARRIER_UNKNOWN;
            }
            Map<String, Integer> positions = PulledOrders.linePositions(c, order.get().orderNo(), p.orderId());
            List<ShipmentLine> lines = new ArrayList<>();
            for (com.merchantdesk.platform.RefundLine l : p.lines() == null ? List.<com.merchantdesk.platform.RefundLine>of()
                    : p.lines()) {
                Integer position = positions.get(l.lineId());
                if (position == null) {
                    throw new IllegalStateException("parcel " + p.id() + " names line " + l.lineId()
                            + ", which order " + order.get().order().number() + " does not have");
                }
                lines.add(new ShipmentLine(position, "", l.quantity()));
            }
            Shipment shipment = new Shipment(p.id(), p.orderId(), order.get().order().number(),
                    carrier.get().carrier().code(), p.service(), p.trackingNumber(), lines,
                    p.weightGrams() == null ? null : p.weightGrams().longValue(), null, TrackingStatus.SHIPPED,
                    p.shippedAt(), null, null, null);
            long shipmentNo = shipments.insert(c, shipment, order.get().orderNo(), carrier.get().carrierNo(), serviceNo);
            stored = new ShipmentRepository.Stored(shipmentNo, order.get().orderNo(), shipment);
        } else {
            stored = existing.get();
            Long known = platformVersion(c, stored.shipmentNo());
            if (known != null && p.version() <= known) {
                return Applied.ALREADY_KNOWN;
            }
        }
        setPlatformVersion(c, stored.shipmentNo(), p.version());
        boolean added = addEvents(c, stored, p.events() == null ? List.of() : p.events());
        if (added) {
            List<TrackingEvent> all = shipments.events(c, stored.shipmentNo(), stored.shipment().id());
            TrackingStatus status = all.get(all.size() - 1).status();
            Instant delivered = all.stream().filter(e -> e.status() == TrackingStatus.DELIVERED)
                    .map(TrackingEvent::at).findFirst().orElse(null);
            shipments.updateState(c, stored.shipmentNo(), status, delivered);
            if (delivered != null) {
                deliverOrderWhenAllArrived(c, stored, delivered);
            }
        }
        return isNew ? Applied.STORED : Applied.UPDATED;
    }

    /** Adds the events the shipment does not have yet, oldest first; true when any was added. */
    private boolean addEvents(Connection c, ShipmentRepository.Stored stored,
                              List<com.merchantdesk.platform.TrackingEvent> pulled) throws SQLException {
        Set<String> known = shipments.eventIds(c, stored.shipmentNo(), stored.shipment().id());
        List<com.merchantdesk.platform.TrackingEvent> sorted = new ArrayList<>(pulled);
        sorted.sort(Comparator.comparing(com.merchantdesk.platform.TrackingEvent::at));
        boolean added = false;
        for (com.merchantdesk.platform.TrackingEvent e : sorted) {
            if (e.id() == null || known.contains(e.id().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            TrackingStatus status = local(e.status(), statusBefore(c, stored, e.at()));
            TrackingEvent event = new TrackingEvent(stored.shipment().id(), 0, status, e.at(), e.place(),
                    e.description());
            added |= shipments.insertPulledEvent(c, stored.shipmentNo(), event, e.id());
        }
        return added;
    }

    /** The parcel's status just before {@code at}: its latest earlier event's, else shipped. */
    private TrackingStatus statusBefore(Connection c, ShipmentRepository.Stored stored, Instant at) throws SQLException {
        TrackingStatus status = TrackingStatus.SHIPPED;
        for (TrackingEvent e : shipments.events(c, stored.shipmentNo(), stored.shipment().id())) {
            if (!e.at().isAfter(at)) {
                status = e.status();
            }
        }
        return status;
    }

    /**
     * The platform's tracking step as the desk's: picked up is handed over, customs is in transit, a delay is an
     * exception; an information event keeps the status the parcel had.
     */
    static TrackingStatus local(com.merchantdesk.platform.TrackingStatus status, TrackingStatus before) {
        return switch (status) {
            case PICKED_UP -> TrackingStatus.SHIPPED;
            case IN_TRANSIT, CUSTOMS -> TrackingStatus.IN_TRANSIT;
            case OUT_FOR_DELIVERY -> TrackingStatus.OUT_FOR_DELIVERY;
            case DELIVERED -> TrackingStatus.DELIVERED;
            case DELAYED -> TrackingStatus.EXCEPTION;
            case RETURNED -> TrackingStatus.RETURNED;
            case INFO -> before;
        };
    }

    private void deliverOrderWhenAllArrived(Connection c, ShipmentRepository.Stored stored, Instant at)
            throws SQLException {
        Optional<OrderFulfilment.Found> found = orders.find(c, stored.shipment().orderId());
        if (found.isEmpty()) {
            return;
        }
        boolean allArrived = shipments.forOrder(c, stored.orderNo()).stream()
                .allMatch(s -> s.shipment().deliveredAt() != null);
        if (allArrived) {
            orders.delivered(c, found.get(), PulledOrders.PLATFORM_ACTOR, "", at, Origin.PLATFORM);
        }
    }

    private static Long platformVersion(Connection c, long shipmentNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT platform_version FROM shipment WHERE shipment_no = ?")) {
            ps.setLong(1, shipmentNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    private static void setPlatformVersion(Connection c, long shipmentNo, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET platform_version = ? WHERE shipment_no = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, shipmentNo);
            ps.executeUpdate();
        }
    }
}
