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
    private final OrderFulfilment orders = new OrderFulfilment();
    private final Map<String, Optional<CarrierService>> services = new java.util.HashMap<>();
    private Connection servicesReadOn;

    public Applied apply(Connection c, com.merchantdesk.platform.Shipment p) throws SQLException {
        if (!shipments.exists(c, p.id())) {
            return store(c, p);
        }
        ShipmentRepository.Stored stored = shipments.find(c, p.id()).orElseThrow();
        Long known = platformVersion(c, stored.shipmentNo());
        if (known != null && p.version() <= known) {
            return Applied.ALREADY_KNOWN;
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
        return Applied.UPDATED;
    }

    /**
     * A parcel new here, stored with its events and the status they give it, worked out from the pulled record
     * alone (a snapshot's history brings tens of thousands of parcels: nothing of the parcel is read back).
     */
    private Applied store(Connection c, com.merchantdesk.platform.Shipment p) throws SQLException {
        Optional<OrderKey> order = orderKey(c, p.orderId());
        if (order.isEmpty()) {
            return Applied.ORDER_MISSING;
        }
        return store(c, p, order.get(), PulledOrders.linePositions(c, order.get().orderNo(), p.orderId()));
    }

    /**
     * Applies a run of pulled parcels in their order, as {@link #apply} would one by one, answering what was done
     * with each: which are here and the orders and order lines of the new ones are read with one query per run
     * (a snapshot page of the history is a thousand parcels, most of them new).
     */
    public List<Applied> applyRun(Connection c, List<com.merchantdesk.platform.Shipment> parcels) throws SQLException {
        java.util.Set<String> here = shipments.existing(c, parcels.stream().map(p -> p.id()).toList());
        List<String> orderIds = new ArrayList<>();
        for (com.merchantdesk.platform.Shipment p : parcels) {
            if (!here.contains(p.id().strip().toLowerCase(java.util.Locale.ROOT)) && p.orderId() != null) {
                orderIds.add(p.orderId());
            }
        }
        Map<String, OrderKey> orders = orderKeys(c, orderIds);
        Map<Long, Map<String, Integer>> positions = linePositions(c, orders.values());
        java.util.Set<String> stored = new java.util.HashSet<>();
        List<Applied> applied = new ArrayList<>(parcels.size());
        for (com.merchantdesk.platform.Shipment p : parcels) {
            String id = p.id().strip().toLowerCase(java.util.Locale.ROOT);
            if (here.contains(id) || stored.contains(id)) {
                applied.add(apply(c, p));
                continue;
            }
            OrderKey order = p.orderId() == null ? null : orders.get(p.orderId().strip().toLowerCase(java.util.Locale.ROOT));
            if (order == null) {
                applied.add(Applied.ORDER_MISSING);
                continue;
            }
            Applied result = store(c, p, order, positions.get(order.orderNo()));
            if (result == Applied.STORED) {
                stored.add(id);
            }
            applied.add(result);
        }
        return applied;
    }

    /** The orders of these ids that are here, by id in lower case; one query per 500 ids. */
    private static Map<String, OrderKey> orderKeys(Connection c, List<String> orderIds) throws SQLException {
        Map<String, OrderKey> keys = new java.util.HashMap<>();
        List<String> distinct = orderIds.stream().map(id -> id.strip().toLowerCase(java.util.Locale.ROOT)).distinct()
                .toList();
        com.merchantdesk.store.ByIds.query(c, "SELECT id, order_no, number, status FROM orders WHERE id IN", distinct,
                row -> {
                    String id = com.merchantdesk.store.Ids.fromBytes(row.getBytes(1));
                    keys.put(id.toLowerCase(java.util.Locale.ROOT),
                            new OrderKey(id, row.getLong(2), row.getString(3), row.getInt(4) == SHIPPED));
                });
        return keys;
    }

    /** The line positions of these orders by the platform's line ids (as {@link PulledOrders#linePositions}). */
    private static Map<Long, Map<String, Integer>> linePositions(Connection c, java.util.Collection<OrderKey> orders)
            throws SQLException {
        Map<Long, Map<String, Integer>> positions = new java.util.HashMap<>();
        for (OrderKey order : orders) {
            positions.put(order.orderNo(), PulledOrders.linePositions(c, order.orderNo(), order.id()));
        }
        return positions;
    }

    private Applied store(Connection c, com.merchantdesk.platform.Shipment p, OrderKey order,
                          Map<String, Integer> positions) throws SQLException {
        Optional<CarrierService> service = p.carrier() == null || p.service() == null ? Optional.empty()
                : carrierService(c, p.carrier(), p.service());
        if (service.isEmpty()) {
            return Applied.CARRIER_UNKNOWN;
        }
        List<ShipmentLine> lines = new ArrayList<>();
        for (com.merchantdesk.platform.RefundLine l : p.lines() == null ? List.<com.merchantdesk.platform.RefundLine>of()
                : p.lines()) {
            Integer position = positions.get(l.lineId());
            if (position == null) {
                throw new IllegalStateException("parcel " + p.id() + " names line " + l.lineId()
                        + ", which order " + order.number() + " does not have");
            }
            lines.add(new ShipmentLine(position, "", l.quantity()));
        }
        // Oldest first; each event's status as the desk's, an information event keeping the one before it.
        List<com.merchantdesk.platform.TrackingEvent> sorted = new ArrayList<>(p.events() == null ? List.of() : p.events());
        sorted.sort(Comparator.comparing(com.merchantdesk.platform.TrackingEvent::at));
        Set<String> seen = new java.util.HashSet<>();
        List<TrackingEvent> events = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        TrackingStatus status = TrackingStatus.SHIPPED;
        Instant delivered = null;
        for (com.merchantdesk.platform.TrackingEvent e : sorted) {
            if (e.id() == null || !seen.add(e.id().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            status = local(e.status(), status);
            if (status == TrackingStatus.DELIVERED && delivered == null) {
                delivered = e.at();
            }
            events.add(new TrackingEvent(p.id(), 0, status, e.at(), e.place(), e.description()));
            eventIds.add(e.id());
        }
        Shipment shipment = new Shipment(p.id(), p.orderId(), order.number(), service.get().carrierCode(), p.service(),
                p.trackingNumber(), lines, p.weightGrams() == null ? null : p.weightGrams().longValue(), null, status,
                p.shippedAt(), null, null, delivered);
        long shipmentNo = shipments.insert(c, shipment, order.orderNo(), service.get().carrierNo(),
                service.get().serviceNo(), p.version());
        shipments.insertFirstPulledEvents(c, shipmentNo, events, eventIds);
        if (delivered != null && order.shipped()) {
            deliverOrderWhenAllArrived(c, new ShipmentRepository.Stored(shipmentNo, order.orderNo(), shipment),
                    delivered);
        }
        return Applied.STORED;
    }

    private static final int SHIPPED = com.merchantdesk.orders.OrderCodes.of(com.merchantdesk.orders.OrderStatus.SHIPPED);

    /** The keys of the order a pulled parcel belongs to, and whether it is shipped (then a delivery may end it). */
    private record OrderKey(String id, long orderNo, String number, boolean shipped) {}

    private static Optional<OrderKey> orderKey(Connection c, String orderId) throws SQLException {
        Optional<byte[]> id = com.merchantdesk.store.Ids.toBytes(orderId == null ? "" : orderId.strip());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT order_no, number, status FROM orders WHERE id = ?")) {
            ps.setBytes(1, id.get());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new OrderKey(orderId.strip(), rs.getLong(1), rs.getString(2),
                        rs.getInt(3) == SHIPPED)) : Optional.empty();
            }
        }
    }

    /** A carrier's service as the desk knows it: the numbers it is stored by, and the carrier's code as written here. */
    private record CarrierService(long carrierNo, int serviceNo, String carrierCode) {}

    /**
     * The carrier's service here, by the codes the platform gave; empty when the desk does not know it. Remembered
     * for the connection it was read on — a pulled page's, which the engine lends each page anew — as a page of
     * parcels names the same few services a thousand times.
     */
    private Optional<CarrierService> carrierService(Connection c, String carrier, String service) throws SQLException {
        if (c != servicesReadOn) {
            services.clear();
            servicesReadOn = c;
        }
        String key = carrier.strip().toLowerCase(java.util.Locale.ROOT) + "\n" + service;
        Optional<CarrierService> known = services.get(key);
        if (known == null) {
            known = readCarrierService(c, carrier, service);
            services.put(key, known);
        }
        return known;
    }

    private static Optional<CarrierService> readCarrierService(Connection c, String carrier, String service)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.carrier_no, cs.service_no, c.code FROM carrier c "
                + "JOIN carrier_service cs ON cs.carrier_no = c.carrier_no WHERE c.code = ? COLLATE NOCASE AND cs.code = ?")) {
            ps.setString(1, carrier.strip());
            ps.setString(2, service);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CarrierService(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
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
