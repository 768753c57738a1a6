package com.merchantdesk.shipping;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.SyncState;
import com.merchantdesk.store.SyncStates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shipments list's query: newest first (by key, which follows the order they were recorded in), filtered by
 * status, carrier, lateness, risk and shipping date, and by the start of a tracking number (through the unique
 * index that leads with it) or of an order number.
 */
final class ShipmentList {

    Page<Shipment> page(Connection c, ShipmentQuery q, ShippingPolicy policy) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!q.text().isEmpty()) {
            String tracking = q.text().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            where.append(" AND (s.shipment_no IN (SELECT shipment_no FROM shipment WHERE tracking >= ? AND tracking < ?)"
                    + " OR s.order_no IN (SELECT order_no FROM orders WHERE number LIKE ? ESCAPE '\\'))");
            args.add(tracking);
            args.add(tracking + Character.MAX_VALUE);
            args.add(q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!q.statuses().isEmpty()) {
            where.append(" AND s.status IN (").append(q.statuses().stream().map(s -> String.valueOf(ShippingCodes.of(s)))
                    .collect(Collectors.joining(","))).append(")");
        }
        if (!q.carrierCode().isEmpty()) {
            where.append(" AND s.carrier_no = (SELECT carrier_no FROM carrier WHERE code = ?)");
            args.add(q.carrierCode());
        }
        long now = q.now().toEpochMilli();
        if (q.late()) {
            where.append(" AND (s.shipped_at > s.ship_by OR s.delivered_at > s.deliver_by"
                    + " OR (s.delivered_at IS NULL AND s.deliver_by < ?))");
            args.add(now);
        }
        if (q.atRisk()) {
            where.append(" AND s.delivered_at IS NULL AND s.deliver_by >= ? AND s.deliver_by < ?");
            args.add(now);
            args.add(now + policy.atRisk().toMillis());
        }
        if (q.from() != null) {
            where.append(" AND s.shipped_at >= ?");
            args.add(q.from().toEpochMilli());
        }
        if (q.before() != null) {
            where.append(" AND s.shipped_at < ?");
            args.add(q.before().toEpochMilli());
        }
        if (q.notOnPlatform()) {
            where.append(" AND ").append(NOT_ON_PLATFORM);
        }
        List<Shipment> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ShipmentRepository.COLUMNS + ShipmentRepository.FROM
                + where + " ORDER BY s.shipment_no DESC LIMIT ? OFFSET ?")) {
            int p = bind(ps, args);
            ps.setInt(p++, q.limit());
            ps.setInt(p, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(ShipmentRepository.read(rs, Map.of()).shipment());
                }
            }
        }
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM shipment s" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        return new Page<>(withStates(c, rows), total, q.offset(), q.limit());
    }

    /** Shipments whose create the platform has not acknowledged yet (SyncStates), over {@code s}. */
    private static final String NOT_ON_PLATFORM = SyncStates.notOnPlatform(Shipment.OUTBOX_ENTITY, "s.id", true);
    private static final String SYNC_STATE = SyncStates.expression(Shipment.OUTBOX_ENTITY, SyncStates.uuidText("r.id"),
            "r.platform_version", null);

    /** The page's sync states in one more query, not one per row. */
    private static List<Shipment> withStates(Connection c, List<Shipment> rows) throws SQLException {
        Map<String, SyncState> states = SyncStates.byId(c, "shipment", "id", true, SYNC_STATE,
                rows.stream().map(Shipment::id).toList());
        return rows.stream().map(s -> s.withSyncState(states.getOrDefault(s.id(), SyncState.LOCAL_ONLY))).toList();
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int p = 1;
        for (Object a : args) {
            ps.setObject(p++, a);
        }
        return p;
    }
}
