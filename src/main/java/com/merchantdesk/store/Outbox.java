package com.merchantdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the platform must see, queued in the same transaction as the change itself. The sync engine
 * pushes them in {@code seq} order, each with its idempotency key, so a retry never applies one twice.
 */
public final class Outbox {

    private static final ObjectMapper JSON = Json.mapper();

    public record Entry(long seq, String idempotencyKey, String entityType, String entityId, String operation,
                        String payload, Instant createdAt, int attempts, String lastError) {}

    private Outbox() {}

    /** Appends a change; must be called inside the {@link Database#write} that makes the change. */
    public static String append(Connection c, String entityType, String entityId, String operation, Object payload,
                                Instant at) throws SQLException {
        String key = Ids.newIdString();
        String json;
        try {
            json = JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode an outbox change for " + entityType + " " + entityId, e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, created_at) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, key);
            ps.setString(2, entityType);
            ps.setString(3, entityId);
            ps.setString(4, operation);
            ps.setString(5, json);
            ps.setLong(6, at.toEpochMilli());
            ps.executeUpdate();
        }
        return key;
    }

    /**
     * Appends, in its order, every change a query yields as ({@code idempotency_key, entity_type, entity_id,
     * operation, payload, created_at}): a bulk job's changes, prepared before its write transaction, in one
     * statement. Must run inside the {@link Database#write} that makes the changes. Returns how many.
     */
    public static int appendSelected(Connection c, String select) throws SQLException {
        try (var st = c.createStatement()) {
            return st.executeUpdate("INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, created_at) "
                    + select);
        }
    }

    /** Changes not yet acknowledged by the platform, oldest first. */
    public static List<Entry> pending(Connection c, int limit) throws SQLException {
        List<Entry> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, idempotency_key, entity_type, entity_id, operation, payload, created_at, attempts, last_error "
                        + "FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?")) {
            ps.setInt(1, limit);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8),
                            rs.getString(9)));
                }
            }
        }
        return result;
    }

    public static long pendingCount(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
