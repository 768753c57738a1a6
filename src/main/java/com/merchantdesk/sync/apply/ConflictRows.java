package com.merchantdesk.sync.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for {@code sync_conflict}, on the caller's connection. Values are {@link FieldValues} texts. */
final class ConflictRows {

    private static final String COLUMNS = "entity_type, entity_id, field, base_value, desk_value, platform_value, "
            + "platform_version, found_at";

    private ConflictRows() {}

    /**
     * Records a conflict, or brings an open one up to date with the platform's latest value and version; an open
     * one keeps its base value (what both sides had before either changed the field).
     */
    static void put(Connection c, Conflict k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_conflict(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?) "
                + "ON CONFLICT(entity_type, entity_id, field) DO UPDATE SET desk_value = excluded.desk_value, "
                + "platform_value = excluded.platform_value, platform_version = excluded.platform_version")) {
            ps.setString(1, k.entityType());
            ps.setString(2, k.entityId());
            ps.setString(3, k.field());
            ps.setString(4, k.baseValue());
            ps.setString(5, k.deskValue());
            ps.setString(6, k.platformValue());
            ps.setLong(7, k.platformVersion());
            ps.setLong(8, k.foundAt().toEpochMilli());
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, String entityType, String id, String field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM sync_conflict WHERE entity_type = ? AND entity_id = ? AND field = ?")) {
            ps.setString(1, entityType);
            ps.setString(2, id);
            ps.setString(3, field);
            ps.executeUpdate();
        }
    }

    static Map<String, Conflict> ofRecord(Connection c, String entityType, String id) throws SQLException {
        Map<String, Conflict> found = new LinkedHashMap<>();
        for (Conflict k : select(c, "WHERE entity_type = ? AND entity_id = ?", entityType, id)) {
            found.put(k.field(), k);
        }
        return found;
    }

    static Optional<Conflict> find(Connection c, String entityType, String id, String field) throws SQLException {
        return select(c, "WHERE entity_type = ? AND entity_id = ? AND field = ?", entityType, id, field).stream().findFirst();
    }

    /** Every open conflict, oldest first. */
    static List<Conflict> all(Connection c) throws SQLException {
        return select(c, "ORDER BY found_at, entity_type, entity_id, field");
    }

    private static List<Conflict> select(Connection c, String where, String... args) throws SQLException {
        List<Conflict> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_conflict " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Conflict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
        }
        return result;
    }
}
