package com.merchantdesk.shipping;

import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL for shipments and their tracking events, on the caller's connection. */
final class ShipmentRepository {

    /** A shipment with its integer key, which its events point at. */
    record Stored(long shipmentNo, long orderNo, Shipment shipment) {}

    static final String COLUMNS = "s.shipment_no, s.order_no, s.id, o.id, o.number, c.code, cs.code, s.tracking, s.lines, "
            + "s.weight_grams, s.package_size, s.status, s.shipped_at, s.ship_by, s.deliver_by, s.delivered_at";
    static final String FROM = " FROM shipment s JOIN orders o ON o.order_no = s.order_no "
            + "JOIN carrier c ON c.carrier_no = s.carrier_no "
            + "JOIN carrier_service cs ON cs.carrier_no = s.carrier_no AND cs.service_no = s.service_no";

    long insert(Connection c, Shipment s, long orderNo, long carrierNo, int serviceNo) throws SQLException {
        return insert(c, s, orderNo, carrierNo, serviceNo, null);
    }

    /** The shipment, with the platform's version of it when it was pulled (null for the desk's own). */
    long insert(Connection c, Shipment s, long orderNo, long carrierNo, int serviceNo, Long platformVersion)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO shipment(id, order_no, carrier_no, service_no, tracking, "
                + "lines, status, weight_grams, package_size, shipped_at, ship_by, deliver_by, delivered_at, channel, "
                + "platform_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,(SELECT channel FROM orders WHERE order_no = ?2), "
                + "?14) RETURNING shipment_no")) {
            setNullable(ps, 14, platformVersion);
            ps.setBytes(1, Ids.toBytes(UUID.fromString(s.id())));
            ps.setLong(2, orderNo);
            ps.setLong(3, carrierNo);
            ps.setInt(4, serviceNo);
            ps.setString(5, s.trackingNumber());
            ps.setString(6, encodeLines(s.lines()));
            ps.setInt(7, ShippingCodes.of(s.status()));
            setNullable(ps, 8, s.weightGrams());
            setNullable(ps, 9, s.size() == null ? null : (long) ShippingCodes.of(s.size()));
            ps.setLong(10, s.shippedAt().toEpochMilli());
            setNullable(ps, 11, millis(s.shipBy()));
            setNullable(ps, 12, millis(s.deliverBy()));
            setNullable(ps, 13, millis(s.deliveredAt()));
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<Stored> find(Connection c, String shipmentId) throws SQLException {
        Optional<byte[]> id = Ids.toBytes(shipmentId == null ? "" : shipmentId.strip());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Stored> found = select(c, "WHERE s.id = ?", id.get());
        return found.stream().findFirst();
    }

    /** Of these shipment ids, those that are here (lower case); one query per 500 ids. */
    java.util.Set<String> existing(Connection c, List<String> shipmentIds) throws SQLException {
        java.util.Set<String> here = new java.util.HashSet<>();
        com.merchantdesk.store.ByIds.query(c, "SELECT id FROM shipment WHERE id IN", shipmentIds,
                row -> here.add(Ids.fromBytes(row.getBytes(1)).toLowerCase(java.util.Locale.ROOT)));
        return here;
    }

    /** Whether a shipment of this id is here (a light look before reading it whole). */
    boolean exists(Connection c, String shipmentId) throws SQLException {
        Optional<byte[]> id = Ids.toBytes(shipmentId == null ? "" : shipmentId.strip());
        if (id.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM shipment WHERE id = ?")) {
            ps.setBytes(1, id.get());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    List<Stored> forOrder(Connection c, long orderNo) throws SQLException {
        return select(c, "WHERE s.order_no = ? ORDER BY s.shipment_no", orderNo);
    }

    /** The order number of the shipment that already has this number with this carrier, if any. */
    Optional<String> holderOf(Connection c, String tracking, long carrierNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT o.number FROM shipment s JOIN orders o ON o.order_no = s.order_no "
                + "WHERE s.tracking = ? AND s.carrier_no = ?")) {
            ps.setString(1, tracking);
            ps.setLong(2, carrierNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    List<Stored> select(Connection c, String where, Object... args) throws SQLException {
        List<Stored> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs, Map.of()));
                }
            }
        }
        return result;
    }

    /** A row of {@link #COLUMNS}; {@code skuCodes} by order line position where known (else the codes stay blank). */
    static Stored read(ResultSet rs, Map<Integer, String> skuCodes) throws SQLException {
        Shipment s = new Shipment(Ids.fromBytes(rs.getBytes(3)), Ids.fromBytes(rs.getBytes(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), decodeLines(rs.getString(9), skuCodes),
                nullableLong(rs, 10), rs.getObject(11) == null ? null : ShippingCodes.size(rs.getInt(11)),
                ShippingCodes.status(rs.getInt(12)), Instant.ofEpochMilli(rs.getLong(13)), instant(rs, 14),
                instant(rs, 15), instant(rs, 16));
        return new Stored(rs.getLong(1), rs.getLong(2), s);
    }

    /** The stored shipment with the SKU codes of its lines, from the order's lines. */
    Stored withSkuCodes(Connection c, Stored stored) throws SQLException {
        Map<Integer, String> codes = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position, sku_code FROM order_line WHERE order_no = ?")) {
            ps.setLong(1, stored.orderNo());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        Shipment s = stored.shipment();
        List<ShipmentLine> lines = s.lines().stream()
                .map(l -> new ShipmentLine(l.position(), codes.getOrDefault(l.position(), ""), l.quantity())).toList();
        return new Stored(stored.shipmentNo(), stored.orderNo(), new Shipment(s.id(), s.orderId(), s.orderNumber(),
                s.carrierCode(), s.serviceCode(), s.trackingNumber(), lines, s.weightGrams(), s.size(), s.status(),
                s.shippedAt(), s.shipBy(), s.deliverBy(), s.deliveredAt()));
    }

    void updateState(Connection c, long shipmentNo, TrackingStatus status, Instant deliveredAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET status = ?, delivered_at = ? WHERE shipment_no = ?")) {
            ps.setInt(1, ShippingCodes.of(status));
            setNullable(ps, 2, millis(deliveredAt));
            ps.setLong(3, shipmentNo);
            ps.executeUpdate();
        }
    }

    int insertEvent(Connection c, long shipmentNo, TrackingEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tracking_event(shipment_no, seq, status, occurred_at, "
                + "place, description) SELECT ?1, (SELECT coalesce(max(seq) + 1, 0) FROM tracking_event WHERE shipment_no = ?1), "
                + "?2, ?3, ?4, ?5 RETURNING seq")) {
            ps.setLong(1, shipmentNo);
            ps.setInt(2, ShippingCodes.of(e.status()));
            ps.setLong(3, e.at().toEpochMilli());
            ps.setString(4, e.place());
            ps.setString(5, e.description());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Adds an event the platform reported, by its platform id; false when it is here already. */
    boolean insertPulledEvent(Connection c, long shipmentNo, TrackingEvent e, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tracking_event(shipment_no, seq, status, occurred_at, "
                + "place, description, event_id) SELECT ?1, (SELECT coalesce(max(seq) + 1, 0) FROM tracking_event "
                + "WHERE shipment_no = ?1), ?2, ?3, ?4, ?5, ?6 ON CONFLICT DO NOTHING")) {
            ps.setLong(1, shipmentNo);
            ps.setInt(2, ShippingCodes.of(e.status()));
            ps.setLong(3, e.at().toEpochMilli());
            ps.setString(4, e.place());
            ps.setString(5, e.description());
            ps.setBytes(6, Ids.toBytes(UUID.fromString(eventId)));
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * The events of a shipment that has none yet, as the platform reported them (in this order, with their platform
     * ids), in one batch.
     */
    void insertFirstPulledEvents(Connection c, long shipmentNo, List<TrackingEvent> events, List<String> eventIds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tracking_event(shipment_no, seq, status, "
                + "occurred_at, place, description, event_id) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < events.size(); i++) {
                TrackingEvent e = events.get(i);
                ps.setLong(1, shipmentNo);
                ps.setInt(2, i);
                ps.setInt(3, ShippingCodes.of(e.status()));
                ps.setLong(4, e.at().toEpochMilli());
                ps.setString(5, e.place());
                ps.setString(6, e.description());
                ps.setBytes(7, Ids.toBytes(UUID.fromString(eventIds.get(i))));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The platform ids of the shipment's events: stored for pulled ones, derived for the desk's own. */
    java.util.Set<String> eventIds(Connection c, long shipmentNo, String shipmentId) throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, event_id FROM tracking_event WHERE shipment_no = ?")) {
            ps.setLong(1, shipmentNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] id = rs.getBytes(2);
                    ids.add(id == null ? ShipmentPayloads.eventId(shipmentId, rs.getInt(1)) : Ids.fromBytes(id));
                }
            }
        }
        return ids;
    }

    /** Oldest first (by time, then by entry). */
    List<TrackingEvent> events(Connection c, long shipmentNo, String shipmentId) throws SQLException {
        List<TrackingEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, status, occurred_at, place, description FROM tracking_event "
                + "WHERE shipment_no = ? ORDER BY occurred_at, seq")) {
            ps.setLong(1, shipmentNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new TrackingEvent(shipmentId, rs.getInt(1), ShippingCodes.status(rs.getInt(2)),
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return events;
    }

    /** "0:2,3:1": position and quantity of each line, the stored form (no SKU codes: the order lines hold them). */
    public static String encodeLines(List<ShipmentLine> lines) {
        StringBuilder text = new StringBuilder();
        for (ShipmentLine l : lines) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(l.position()).append(':').append(l.quantity());
        }
        return text.toString();
    }

    static List<ShipmentLine> decodeLines(String text, Map<Integer, String> skuCodes) {
        List<ShipmentLine> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String part : text.split(",")) {
            int colon = part.indexOf(':');
            int position = Integer.parseInt(part.substring(0, colon));
            lines.add(new ShipmentLine(position, skuCodes.getOrDefault(position, ""), Long.parseLong(part.substring(colon + 1))));
        }
        return lines;
    }

    static Long millis(Instant t) { return t == null ? null : t.toEpochMilli(); }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
