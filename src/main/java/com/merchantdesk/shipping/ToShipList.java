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
 * {@code orders_to_ship} in payment order, one stream per zone: within a zone the ship-by never decreases as the
 * payment time grows ({@link DeadlineRules}), so merging the two streams by ship-by sorts them all, and a page
 * reads only its own rows. Late and at-risk are payment-time bounds found from the deadline rules, so they are
 * index ranges too.
 */
final class ToShipList {

    private static final String OPEN = "o.status IN (" + OrderCodes.of(OrderStatus.PAID) + ", "
            + OrderCodes.of(OrderStatus.PACKED) + ") AND o.shipping_address <> '{}' AND o.paid_at IS NOT NULL";
    private static final String COUNTRY = "upper(coalesce(o.shipping_address ->> '$[7]', ''))";

    Page<ToShipRow> page(Connection c, ToShipQuery q) throws SQLException {
        ShippingSetup setup = ShippingSetup.load(c);
        List<ToShipRow> rows = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            rows.addAll(stream(c, setup, zone, q.filter(), q.now(), q.offset() + q.limit()));
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

    private List<ToShipRow> stream(Connection c, ShippingSetup setup, Zone zone, ToShipQuery.Filter filter, Instant now,
                                   int limit) throws SQLException {
        Bounds b = bounds(setup, zone, filter, now);
        String sql = "SELECT o.id, o.number, o.customer_name, o.status, " + COUNTRY + ", o.paid_at, o.item_count, "
                + "EXISTS (SELECT 1 FROM shipment s WHERE s.order_no = o.order_no) "
                + "FROM orders o INDEXED BY orders_to_ship WHERE " + OPEN + " AND " + zoneCondition(zone)
                + b.sql() + partly(filter) + " ORDER BY o.paid_at, o.order_no LIMIT ?";
        List<ToShipRow> rows = new ArrayList<>();
        ShippingSetup.DefaultService service = setup.defaultService(zone);
        DeadlineRules rules = setup.rules();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setString(p++, setup.policy().shopCountry());
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
        for (Zone zone : Zone.values()) {
            Bounds b = bounds(setup, zone, filter, now);
            List<Object> args = new ArrayList<>();
            args.add(setup.policy().shopCountry());
            args.addAll(b.args());
            total += scalar(c, "SELECT count(*) FROM orders o INDEXED BY orders_to_ship WHERE " + OPEN + " AND "
                    + zoneCondition(zone) + b.sql() + partly(filter), args);
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

    private static String zoneCondition(Zone zone) {
        return (zone == Zone.DOMESTIC ? "" : "NOT ") + COUNTRY + " IN ('', ?)";
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
