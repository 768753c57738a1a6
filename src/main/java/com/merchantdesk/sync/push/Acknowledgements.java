package com.merchantdesk.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What the desk keeps of the platform's answer to one of its changes, in the transaction that acknowledges the
 * row: the platform's version of the record (so a later pull of that same version changes nothing, and the next
 * patch names it as its base), and for an order whether it took platform stock below zero.
 */
public class Acknowledgements {

    /** Records the answer ({@code record}: the record as the platform answered it, or an empty object). */
    public void record(Connection c, Outbox.Entry row, JsonNode record) throws SQLException {
        if (record == null || !record.has("version")) {
            return;
        }
        long version = record.get("version").asLong();
        switch (row.entityType()) {
            case "product" -> setVersion(c, "UPDATE product SET platform_version = ? WHERE id = ? "
                    + "AND (platform_version IS NULL OR platform_version < ?)", version, row.entityId());
            case "sku" -> setVersion(c, "UPDATE sku SET platform_version = ? WHERE id = ? "
                    + "AND (platform_version IS NULL OR platform_version < ?)", version, row.entityId());
            case "customer" -> setVersion(c, "UPDATE customer SET platform_version = ? WHERE id = ? "
                    + "AND (platform_version IS NULL OR platform_version < ?)", version, row.entityId());
            case "order" -> {
                byte[] id = Ids.toBytes(row.entityId()).orElse(null);
                if (id != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET platform_version = ?, "
                            + "oversold = max(oversold, ?) WHERE id = ? AND (platform_version IS NULL OR platform_version < ?)")) {
                        ps.setLong(1, version);
                        ps.setInt(2, record.path("oversold").asBoolean(false) ? 1 : 0);
                        ps.setBytes(3, id);
                        ps.setLong(4, version);
                        ps.executeUpdate();
                    }
                }
            }
            case "shipment", "tracking_event" -> {
                String shipmentId = row.entityType().equals("shipment") ? row.entityId()
                        : row.entityId().substring(0, Math.max(0, row.entityId().indexOf('/')));
                byte[] id = Ids.toBytes(shipmentId).orElse(null);
                if (id != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET platform_version = ? WHERE id = ? "
                            + "AND (platform_version IS NULL OR platform_version < ?)")) {
                        ps.setLong(1, version);
                        ps.setBytes(2, id);
                        ps.setLong(3, version);
                        ps.executeUpdate();
                    }
                }
            }
            default -> { }
        }
    }

    private static void setVersion(Connection c, String sql, long version, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, version);
            ps.setString(2, id);
            ps.setLong(3, version);
            ps.executeUpdate();
        }
    }

    /**
     * The platform refused a patch as stale (412): the fields it names changed there since the base version. The
     * default keeps each as a conflict against the record as it is now; the merge of products, SKUs and customers
     * replaces this with its own.
     */
    public void stale(Connection c, Outbox.Entry row, JsonNode current, java.util.List<String> fields, java.time.Instant at)
            throws SQLException {
        JsonNode changes = WirePayloads.tree(row.payload()).path("changes");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_conflict(entity_type, entity_id, field, "
                + "base_value, desk_value, platform_value, platform_version, found_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?) "
                + "ON CONFLICT(entity_type, entity_id, field) DO UPDATE SET desk_value = excluded.desk_value, "
                + "platform_value = excluded.platform_value, platform_version = excluded.platform_version")) {
            for (String field : fields) {
                ps.setString(1, row.entityType());
                ps.setString(2, row.entityId());
                ps.setString(3, field);
                ps.setString(4, changes.has(field) ? changes.get(field).toString() : null);
                ps.setString(5, current != null && current.has(field) ? current.get(field).toString() : null);
                ps.setLong(6, current == null ? 1 : Math.max(1, current.path("version").asLong(1)));
                ps.setLong(7, at.toEpochMilli());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
