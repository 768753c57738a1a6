package com.merchantdesk.sync.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.store.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The body sent for a row: the queued wire payload as it is, except a patch, which gets its {@code base_version}
 * (the platform's version of the record when it is sent: the version the desk's merged state stands on) and loses
 * the fields held in a conflict (the seller decides those; sending them would overwrite the platform's value).
 */
final class WirePayloads {

    private WirePayloads() {}

    static JsonNode tree(String json) {
        try {
            return PlatformJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The body to send, or null when nothing is left to send (every field of a patch is in conflict). */
    static String body(Connection c, Outbox.Entry row) throws SQLException {
        if (!row.operation().equals("patch")) {
            return row.payload();
        }
        ObjectNode body = (ObjectNode) tree(row.payload());
        ObjectNode changes = (ObjectNode) body.path("changes");
        for (String field : conflictedFields(c, row)) {
            changes.remove(field);
        }
        if (changes.isEmpty()) {
            return null;
        }
        if (body.has("base_version")) {
            // A conflict resolved "keep mine" names the platform version the seller decided against.
            return body.toString();
        }
        Long base = platformVersion(c, row.entityType(), row.entityId());
        if (base == null) {
            throw new IllegalStateException(row.entityType() + " " + row.entityId() + " is not on the platform yet");
        }
        body.put("base_version", base);
        return body.toString();
    }

    private static Set<String> conflictedFields(Connection c, Outbox.Entry row) throws SQLException {
        Set<String> fields = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field FROM sync_conflict WHERE entity_type = ? AND entity_id = ?")) {
            ps.setString(1, row.entityType());
            ps.setString(2, row.entityId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fields.add(rs.getString(1));
                }
            }
        }
        return fields;
    }

    private static Long platformVersion(Connection c, String entityType, String id) throws SQLException {
        String table = switch (entityType) {
            case "product" -> "product";
            case "sku" -> "sku";
            case "customer" -> "customer";
            default -> throw new IllegalArgumentException("No patch for " + entityType);
        };
        try (PreparedStatement ps = c.prepareStatement("SELECT platform_version FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }
}
