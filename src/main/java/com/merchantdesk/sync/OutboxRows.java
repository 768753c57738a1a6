package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.OutboxState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox a page at a time for the Sync screen, each row with the name the seller knows its record by (an order's
 * number, a product's title, a SKU's code, a customer's name, a parcel's tracking number), read for the whole page
 * in one query per kind of record, never one per row.
 */
public final class OutboxRows {

    /** Which rows a page shows. */
    public enum Filter {
        /** Everything not yet acknowledged: queued, sending, failed, blocked. */
        OPEN("o.state <> 2"),
        /** Failed and blocked: what needs the seller. */
        PROBLEMS("o.state IN (3, 4)"),
        ACKNOWLEDGED("o.state = 2"),
        ALL("1 = 1");

        private final String condition;

        Filter(String condition) { this.condition = condition; }
    }

    /**
     * One outbox row as the screen shows it. {@code recordName} is empty when the record is gone from the desk;
     * {@code willRetry}: a transient failure the engine tries again by itself.
     */
    public record Row(long seq, String entityType, String entityId, String operation, OutboxState state, int attempts,
                      String lastError, boolean willRetry, Instant createdAt, String recordName) {}

    private OutboxRows() {}

    public static Page<Row> page(Connection c, Filter filter, int offset, int limit) throws SQLException {
        long total;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM outbox o WHERE " + filter.condition)) {
            total = rs.next() ? rs.getLong(1) : 0;
        }
        List<Row> rows = new ArrayList<>();
        List<String[]> refs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.seq, o.entity_type, o.entity_id, o.operation, o.state, "
                + "o.attempts, o.last_error, o.retry_delay_ms, o.created_at, o.payload FROM outbox o WHERE "
                + filter.condition + " ORDER BY o.seq DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(8);
                    boolean willRetry = !rs.wasNull();
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            OutboxState.of(rs.getInt(5)), rs.getInt(6), rs.getString(7), willRetry,
                            Instant.ofEpochMilli(rs.getLong(9)), ""));
                    refs.add(reference(rs.getString(2), rs.getString(3), rs.getString(10)));
                }
            }
        }
        Map<String, String> names = names(c, refs);
        List<Row> named = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String[] ref = refs.get(i);
            named.add(new Row(r.seq(), r.entityType(), r.entityId(), r.operation(), r.state(), r.attempts(),
                    r.lastError(), r.willRetry(), r.createdAt(), ref == null ? "" : names.getOrDefault(ref[0] + ":" + ref[1], "")));
        }
        return new Page<>(named, total, offset, limit);
    }

    /**
     * What names the row's record: a kind the desk keeps and its id. A refund is named by its order, a stock
     * adjustment by its SKU, a tracking event by its parcel.
     */
    private static String[] reference(String type, String id, String payload) {
        switch (type) {
            case "product", "sku", "customer", "order", "shipment" -> {
                return new String[] {type, id};
            }
            case "refund" -> {
                String order = field(payload, "order_id");
                return order == null ? null : new String[] {"order", order};
            }
            case "stock_adjustment" -> {
                String sku = field(payload, "sku_id");
                return sku == null ? null : new String[] {"sku", sku};
            }
            case "tracking_event" -> {
                int slash = id.indexOf('/');
                return new String[] {"shipment", slash < 0 ? id : id.substring(0, slash)};
            }
            default -> {
                return null;
            }
        }
    }

    private static String field(String payload, String name) {
        if (payload == null || payload.isBlank()) {
            return null;
        }
        try {
            JsonNode node = PlatformJson.mapper().readTree(payload).get(name);
            return node == null || node.isNull() ? null : node.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Map<String, String> names(Connection c, List<String[]> refs) throws SQLException {
        Map<String, List<String>> byType = new HashMap<>();
        for (String[] ref : refs) {
            if (ref != null) {
                List<String> ids = byType.computeIfAbsent(ref[0], t -> new ArrayList<>());
                if (!ids.contains(ref[1])) {
                    ids.add(ref[1]);
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byType.entrySet()) {
            switch (e.getKey()) {
                case "product" -> byText(c, "SELECT id, title FROM product WHERE id IN ", "product", e.getValue(), names);
                case "sku" -> byText(c, "SELECT id, code FROM sku WHERE id IN ", "sku", e.getValue(), names);
                case "customer" -> byText(c, "SELECT id, name FROM customer WHERE id IN ", "customer", e.getValue(), names);
                case "order" -> byBlob(c, "SELECT id, number FROM orders WHERE id IN ", "order", e.getValue(), names);
                case "shipment" -> byBlob(c, "SELECT id, tracking FROM shipment WHERE id IN ", "shipment", e.getValue(), names);
                default -> { }
            }
        }
        return names;
    }

    private static void byText(Connection c, String sql, String type, List<String> ids, Map<String, String> names)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql + marks(ids.size()))) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(type + ":" + rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    private static void byBlob(Connection c, String sql, String type, List<String> ids, Map<String, String> names)
            throws SQLException {
        List<byte[]> blobs = new ArrayList<>();
        for (String id : ids) {
            Ids.toBytes(id).ifPresent(blobs::add);
        }
        if (blobs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql + marks(blobs.size()))) {
            for (int i = 0; i < blobs.size(); i++) {
                ps.setBytes(i + 1, blobs.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(type + ":" + Ids.fromBytes(rs.getBytes(1)), rs.getString(2));
                }
            }
        }
    }

    private static String marks(int n) { return "(" + String.join(",", Collections.nCopies(n, "?")) + ")"; }
}
