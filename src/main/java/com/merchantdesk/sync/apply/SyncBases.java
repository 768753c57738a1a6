package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The last version of a record both sides agreed on ({@code sync_base}: the platform's record as JSON) and the
 * platform version the record carries ({@code platform_version} of its own table). {@code entityType} is also the
 * table's name (product, sku, customer).
 */
final class SyncBases {

    record Base(long version, JsonNode data) {}

    private SyncBases() {}

    static OptionalLong platformVersion(Connection c, String entityType, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT platform_version FROM " + table(entityType) + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
            }
        }
    }

    static void setPlatformVersion(Connection c, String entityType, String id, Long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table(entityType) + " SET platform_version = ? WHERE id = ?")) {
            if (version == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, version);
            }
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    static Optional<Base> base(Connection c, String entityType, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, data FROM sync_base WHERE entity_type = ? AND entity_id = ?")) {
            ps.setString(1, entityType);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Base(rs.getLong(1), FieldValues.read(rs.getString(2)))) : Optional.empty();
            }
        }
    }

    static void put(Connection c, String entityType, String id, long version, JsonNode data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_base(entity_type, entity_id, version, data) "
                + "VALUES (?,?,?,?) ON CONFLICT(entity_type, entity_id) DO UPDATE SET version = excluded.version, "
                + "data = excluded.data")) {
            ps.setString(1, entityType);
            ps.setString(2, id);
            ps.setLong(3, version);
            ps.setString(4, FieldValues.write(data));
            ps.executeUpdate();
        }
    }

    /** Forgets the record's base and open conflicts (it was deleted on the platform). */
    static void forget(Connection c, String entityType, String id) throws SQLException {
        for (String table : new String[] {"sync_base", "sync_conflict"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE entity_type = ? AND entity_id = ?")) {
                ps.setString(1, entityType);
                ps.setString(2, id);
                ps.executeUpdate();
            }
        }
    }

    private static String table(String entityType) {
        return switch (entityType) {
            case "product", "sku", "customer" -> entityType;
            default -> throw new IllegalArgumentException("No merged records of type " + entityType);
        };
    }
}
