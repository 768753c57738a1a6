package com.merchantdesk.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sync.apply.Conflicts;
import java.time.Instant;
import java.util.List;

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
            // Products, SKUs and customers merge per field: their version and agreed base move together.
            case "product" -> Conflicts.acknowledged(c, ChangeKind.PRODUCT, record);
            case "sku" -> Conflicts.acknowledged(c, ChangeKind.SKU, record);
            case "customer" -> Conflicts.acknowledged(c, ChangeKind.CUSTOMER, record);
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

    /**
     * The platform refused a patch as stale (412): the fields it names changed there since the base version. Each
     * that differs becomes a conflict against the record as it is now, the rest of that record merges, and the
     * patch's other fields are queued again on the current version (the merge's {@code fromRejectedPatch}). Called
     * while the row is still sending; the caller then closes it.
     */
    public void stale(Connection c, Outbox.Entry row, JsonNode current, List<String> fields, Instant at) throws SQLException {
        ChangeKind kind = switch (row.entityType()) {
            case "product" -> ChangeKind.PRODUCT;
            case "sku" -> ChangeKind.SKU;
            case "customer" -> ChangeKind.CUSTOMER;
            default -> null;
        };
        if (kind == null || current == null || !current.has("id")) {
            return;
        }
        Conflicts.fromRejectedPatch(c, kind, WirePayloads.tree(row.payload()), fields, current);
    }
}
