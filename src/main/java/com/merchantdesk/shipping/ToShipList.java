package com.merchantdesk.shipping;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cockpit's queries. Open orders (paid or packed, with an address) are read through the partial index
 * {@code orders_to_ship} (address country, payment time) in payment order, in streams: the domestic ones (no
 * country, and the shop's country: two index ranges) and those abroad. Within a zone the ship-by never decreases
 * as the payment time grows ({@link DeadlineRules}), so merging the streams by ship-by sorts them all, and a page
 * reads only its own rows. Late and at-risk are payment-time bounds found from the deadline rules, so they and
 * the counts are index ranges too, read without the order rows.
 */
final class ToShipList {

    private static final String OPEN = "o.status IN (" + OrderCodes.of(OrderStatus.PAID) + ", "
            + OrderCodes.of(OrderStatus.PACKED) + ") AND o.shipping_address <> '{}' AND o.paid_at IS NOT NULL";
    /** The index's first column, written as the index writes it (SQLite matches the expression). */
    private static final String COUNTRY = "upper(coalesce(o.shipping_address ->> '$[7]', ''))";

    Page<ToShipRow> page(Connection c, ToShipQuery q) throws SQLException {
        ShippingSetup setup = ShippingSetup.load(c);
        List<ToShipRow> rows = new ArrayList<>();
        for (Stream stream : streams(setup)) {
            rows.addAll(stream(c, setup, stream, q.filter(), q.now(), q.offset() + q.limit()));
        }
        rows.sort(Comparator.comparing((ToShipRow r) -> r.deadlines().shipBy()).thenComparing(ToShipRow::orderNumber));
        List<ToShipRow> page = rows.subList(Math.min(q.offset(), rows.size()), Math.min(q.offset() + q.limit(), rows.size()));
        return new Page<>(List.copyOf(page), count(c, setup, q.filter(), q.now()), q.offset(), q.limit());
    }

    ToShipCounts counts(Connection c, Instant now) throws SQLException {
        ShippingSetup setup = ShippingSetup.load(c);
        return new ToShipCounts(count(c, setup, ToShipQuery.Filter.ALL, now), count(c, setup, ToShipQuery.Filter.LATE, now),
                count(c, setup, ToShipQuery.Filter.AT_RISK, now));
    }

    /** One index range: a country (domestic) or every country but the shop's (abroad). */
    private record Stream(Zone zone, String country) {
        String sql() { return zone == Zone.DOMESTIC ? COUNTRY + " = ?" : COUNTRY + " NOT IN ('', ?)"; }
    }

    private static List<Stream> streams(ShippingSetup setup) {
        String shop = setup.policy().shopCountry();
        List<Stream> streams = new ArrayList<>();
        streams.add(new Stream(Zone.DOMESTIC, ""));
        if (!shop.isEmpty()) {
            streams.add(new Stream(Zone.DOMESTIC, shop));
        }
        streams.add(new Stream(Zone.INTERNATIONAL, shop));
        return streams;
    }

    private List<ToShipRow> stream(Connection c, ShippingSetup setup, Stream stream, ToShipQuery.Filter filter, Instant now,
                                   int limit) throws SQLException {
        Zone zone = stream.zone();
        Bounds b = bounds(setup, zone, filter, now);
        String sql = "SELECT o.id, o.number, o.customer_name, o.status, " + COUNTRY + ", o.paid_at, o.item_count, "
                + "EXISTS (SELECT 1 FROM shipment s WHERE s.order_no = o.order_no) "
                + "FROM orders o INDEXED BY orders_to_ship WHERE " + OPEN + " AND " + stream.sql()
                + b.sql() + partly(filter) + " ORDER BY o.paid_at, o.order_no LIMIT ?";
        List<ToShipRow> rows = new ArrayList<>();
        ShippingSetup.DefaultService service = setup.defaultService(zone);
        DeadlineRules rules = setup.rules();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setString(p++, stream.country());
            for (long bound : b.args()) {
                ps.setLong(p++, bound);
            }
            ps.setInt(p, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant paid = Instant.ofEpochMilli(rs.getLong(6));
                    rows.add(new ToShipRow(com.merchantdesk.store.Ids.fromBytes(rs.getBytes(1)), rs.getString(2),
                            rs.getString(3), rs.getInt(4) == OrderCodes.of(OrderStatus.PAID) ? OrderStatus.PAID : OrderStatus.PACKED,
                            zone, rs.getString(5), paid, rules.deadlines(paid, zone, service.carrier(), service.service()),
                            rs.getLong(7), rs.getInt(8) == 1));
                }
            }
        }
        return rows;
    }

    private long count(Connection c, ShippingSetup setup, ToShipQuery.Filter filter, Instant now) throws SQLException {
        if (filter == ToShipQuery.Filter.ALL) {
            return scalar(c, "SELECT count(*) FROM orders o INDEXED BY orders_to_ship WHERE " + OPEN, List.of());
        }
        long total = 0;
        for (Stream stream : streams(setup)) {
            Bounds b = bounds(setup, stream.zone(), filter, now);
            List<Object> args = new ArrayList<>();
            args.add(stream.country());
            args.addAll(b.args());
            total += scalar(c, "SELECT count(*) FROM orders o INDEXED BY orders_to_ship WHERE " + OPEN + " AND "
                    + stream.sql() + b.sql() + partly(filter), args);
        }
        return total;
    }

    /** Payment-time bounds of the filter: late = due before now; at risk = due from now to now + the margin. */
    private record Bounds(String sql, List<Long> args) {}

    private static Bounds bounds(ShippingSetup setup, Zone zone, ToShipQuery.Filter filter, Instant now) {
        ShippingSetup.DefaultService s = setup.defaultService(zone);
        DeadlineRules rules = setup.rules();
        return switch (filter) {
            case ALL, PARTLY_SHIPPED -> new Bounds("", List.of());
            case LATE -> new Bounds(" AND o.paid_at <= ?",
                    List.of(rules.latestPaymentDueBefore(now, s.carrier(), s.service()).toEpochMilli()));
            case AT_RISK -> new Bounds(" AND o.paid_at > ? AND o.paid_at <= ?", List.of(
                    rules.latestPaymentDueBefore(now, s.carrier(), s.service()).toEpochMilli(),
                    rules.latestPaymentDueBefore(now.plus(setup.policy().atRisk()), s.carrier(), s.service()).toEpochMilli()));
        };
    }

    private static String partly(ToShipQuery.Filter filter) {
        return filter == ToShipQuery.Filter.PARTLY_SHIPPED ? " AND EXISTS (SELECT 1 FROM shipment s WHERE s.order_no = o.order_no)" : "";
    }

    private static long scalar(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
