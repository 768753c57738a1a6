package com.merchantdesk.shipping.demo;

import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.shipping.ShipmentLine;
import com.merchantdesk.shipping.ShippingCodes;
import com.merchantdesk.shipping.ShippingRules;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Parcels for the shipped orders that {@code generate --orders} made, written with batched SQL like
 * {@code SyntheticOrders}, committed {@link #CHUNK} orders at a time: every order of the last
 * {@link #HISTORY_DAYS} days that shipped to an address (shipped, delivered or refunded afterwards) gets one parcel,
 * or two for a quarter of those with several lines, with the shipped and delivered times of its history. Tracking
 * events are kept for the parcels of the last {@link #EVENT_DAYS} days only (in transit, out for delivery,
 * delivered): older parcels keep their delivered time on the shipment, which is what the promise and the
 * performance figures read, and the file stays within the brief's disk budget (docs/shipping.md, "On disk").
 * Older orders stand for history from before the desk recorded parcels. No outbox rows: the platform knows them.
 */
public final class SyntheticShipments {

    static final int CHUNK = 10_000;
    static final int HISTORY_DAYS = 365;
    static final int EVENT_DAYS = 30;
    private static final long HOUR = 3_600_000L;

    private final Database db;
    private final Clock clock;

    public SyntheticShipments(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public SyntheticShipmentsSummary generate(long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        ShippingRules rules = db.read(ShippingRules::load);
        long now = clock.millis();
        long since = now - HISTORY_DAYS * 24 * HOUR;
        long[] range = db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT coalesce(min(order_no), 0), coalesce(max(order_no), -1) FROM orders WHERE created_at >= " + since)) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        Writer writer = new Writer(random, rules, now);
        for (long from = range[0]; from <= range[1]; from += CHUNK) {
            long first = from;
            db.write(c -> writer.chunk(c, first, Math.min(range[1], first + CHUNK - 1)));
        }
        db.checkpoint();
        return new SyntheticShipmentsSummary(writer.shipments, writer.events, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Domestic carriers by share of parcels: Hana 60 %, Swift 25 %, Post 10 %, City 5 %. */
    private static final String[] DOMESTIC = {"HANA", "HANA", "HANA", "HANA", "HANA", "HANA", "HANA", "HANA", "HANA",
            "HANA", "HANA", "HANA", "SWIFT", "SWIFT", "SWIFT", "SWIFT", "SWIFT", "POST", "POST", "CITY"};
    private static final String[] INTERNATIONAL = {"EMS", "EMS", "GLX"};

    private static final class Writer {
        private final Random random;
        private final ShippingRules rules;
        private final long now;
        private final Map<String, Long> serials = new HashMap<>();
        long shipments;
        long events;

        Writer(Random random, ShippingRules rules, long now) {
            this.random = random;
            this.rules = rules;
            this.now = now;
        }

        private record Shipped(long orderNo, long paidAt, String country, long shippedAt, Long deliveredAt,
                               List<long[]> lines) {}

        Void chunk(Connection c, long from, long to) throws SQLException {
            List<Shipped> orders = read(c, from, to);
            try (PreparedStatement shipment = c.prepareStatement("INSERT INTO shipment(id, order_no, carrier_no, service_no, "
                    + "tracking, lines, status, weight_grams, package_size, shipped_at, ship_by, deliver_by, delivered_at, channel) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,(SELECT channel FROM orders WHERE order_no = ?2)) "
                    + "ON CONFLICT DO NOTHING RETURNING shipment_no");
                 PreparedStatement event = c.prepareStatement("INSERT INTO tracking_event(shipment_no, seq, status, "
                         + "occurred_at, place, description) VALUES (?,?,?,?,?,'')")) {
                for (Shipped o : orders) {
                    List<List<ShipmentLine>> parcels = split(o.lines());
                    for (List<ShipmentLine> parcel : parcels) {
                        long shipmentNo = insert(shipment, o, parcel);
                        if (o.shippedAt() >= now - EVENT_DAYS * 24 * HOUR) {
                            addEvents(event, shipmentNo, o);
                        }
                    }
                }
                event.executeBatch();
            }
            return null;
        }

        private List<Shipped> read(Connection c, long from, long to) throws SQLException {
            Map<Long, List<long[]>> lines = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT order_no, position, quantity - refunded_quantity "
                    + "FROM order_line WHERE order_no BETWEEN ? AND ?")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            List<Shipped> result = new ArrayList<>();
            // Shipped (3), delivered (4), partly or fully refunded (6, 7) orders with an address and no parcel yet.
            try (PreparedStatement ps = c.prepareStatement("SELECT o.order_no, o.paid_at, o.shipping_address ->> '$[7]', "
                    + "(SELECT occurred_at FROM order_status_history h WHERE h.order_no = o.order_no AND h.to_status = 3), "
                    + "(SELECT occurred_at FROM order_status_history h WHERE h.order_no = o.order_no AND h.to_status = 4) "
                    + "FROM orders o WHERE o.order_no BETWEEN ? AND ? AND o.status IN (3, 4, 6, 7) "
                    + "AND o.shipping_address <> '{}' AND o.paid_at IS NOT NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_no = o.order_no) ORDER BY o.order_no")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long shipped = rs.getLong(4);
                        if (rs.wasNull()) {
                            continue;
                        }
                        long delivered = rs.getLong(5);
                        Long deliveredAt = rs.wasNull() ? null : delivered;
                        List<long[]> own = lines.getOrDefault(rs.getLong(1), List.of()).stream().filter(l -> l[1] > 0).toList();
                        if (!own.isEmpty()) {
                            result.add(new Shipped(rs.getLong(1), rs.getLong(2), rs.getString(3), shipped, deliveredAt, own));
                        }
                    }
                }
            }
            return result;
        }

        /** One parcel, or for a quarter of the orders with several lines, two. */
        private List<List<ShipmentLine>> split(List<long[]> lines) {
            List<ShipmentLine> all = lines.stream().map(l -> new ShipmentLine((int) l[0], "", l[1])).toList();
            if (all.size() < 2 || random.nextInt(4) != 0) {
                return List.of(all);
            }
            int cut = 1 + random.nextInt(all.size() - 1);
            return List.of(all.subList(0, cut), all.subList(cut, all.size()));
        }

        private long insert(PreparedStatement ps, Shipped o, List<ShipmentLine> parcel) throws SQLException {
            boolean abroad = rules.isInternational(o.country());
            String[] choices = abroad ? INTERNATIONAL : DOMESTIC;
            String carrierCode = choices[random.nextInt(choices.length)];
            ShippingRules.StoredService service = rules.firstService(carrierCode, abroad);
            CarrierDefinition carrier = service.carrier();
            long serial = nextSerial(ps.getConnection(), carrierCode, service.carrierNo(), carrier);
            long[] deadlines = rules.deadlines(o.paidAt(), o.country());
            boolean delivered = o.deliveredAt() != null;
            int p = 1;
            ps.setBytes(p++, Ids.toBytes(Ids.newId()));
            ps.setLong(p++, o.orderNo());
            ps.setLong(p++, service.carrierNo());
            ps.setInt(p++, service.serviceNo());
            int trackingIndex = p;
            ps.setString(p++, carrier.trackingNumberFor(serial));
            ps.setString(p++, encode(parcel));
            ps.setInt(p++, ShippingCodes.of(delivered ? TrackingStatus.DELIVERED : TrackingStatus.IN_TRANSIT));
            ps.setLong(p++, 150 + random.nextInt(40) * 50L);
            ps.setInt(p++, random.nextInt(4));
            ps.setLong(p++, o.shippedAt());
            ps.setLong(p++, deadlines[0]);
            ps.setLong(p++, deadlines[1]);
            if (delivered) {
                ps.setLong(p, o.deliveredAt());
            } else {
                ps.setNull(p, Types.INTEGER);
            }
            // A number already taken (an earlier run, or one typed by hand) is skipped for the next one.
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        shipments++;
                        return rs.getLong(1);
                    }
                }
                serial = serials.merge(carrierCode, 1L, Long::sum);
                ps.setString(trackingIndex, carrier.trackingNumberFor(serial));
            }
        }

        /** The carrier's next waybill: after the numbers this carrier's parcels already use, in small random steps. */
        private long nextSerial(Connection c, String carrierCode, long carrierNo, CarrierDefinition carrier) throws SQLException {
            Long last = serials.get(carrierCode);
            if (last == null) {
                long existing;
                try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM shipment WHERE carrier_no = ?")) {
                    count.setLong(1, carrierNo);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        existing = rs.getLong(1);
                    }
                }
                last = Waybills.firstSerial(carrier) + 4 * existing;
            }
            long next = last + 1 + random.nextInt(3);
            serials.put(carrierCode, next);
            return next;
        }

        private void addEvents(PreparedStatement ps, long shipmentNo, Shipped o) throws SQLException {
            long end = o.deliveredAt() == null ? Math.min(now, o.shippedAt() + 30 * HOUR) : o.deliveredAt();
            long span = Math.max(3, end - o.shippedAt());
            int seq = 0;
            seq = event(ps, shipmentNo, seq, TrackingStatus.IN_TRANSIT, o.shippedAt() + span / 3, "Sorting centre");
            if (o.deliveredAt() != null) {
                seq = event(ps, shipmentNo, seq, TrackingStatus.OUT_FOR_DELIVERY, o.shippedAt() + span * 2 / 3, "Local depot");
                event(ps, shipmentNo, seq, TrackingStatus.DELIVERED, o.deliveredAt(), "Front door");
            }
        }

        private int event(PreparedStatement ps, long shipmentNo, int seq, TrackingStatus status, long at, String place)
                throws SQLException {
            ps.setLong(1, shipmentNo);
            ps.setInt(2, seq);
            ps.setInt(3, ShippingCodes.of(status));
            ps.setLong(4, at);
            ps.setString(5, place);
            ps.addBatch();
            events++;
            return seq + 1;
        }

        private static String encode(List<ShipmentLine> lines) {
            StringBuilder text = new StringBuilder();
            for (ShipmentLine l : lines) {
                if (!text.isEmpty()) {
                    text.append(',');
                }
                text.append(l.position()).append(':').append(l.quantity());
            }
            return text.toString();
        }
    }
}
