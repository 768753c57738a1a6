package com.merchantdesk.sync.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.store.Json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the desk is in the platform's records (table sync_position): the feed cursor, and a snapshot or history
 * read in progress. Each is written in the transaction that applies what it covers.
 */
public final class SyncPosition {

    /** A snapshot read in progress: the feed position it started from, the step it is at and that step's page. */
    public record Progress(String feedCursor, int step, String pageToken) {}

    public record State(String feedCursor, Progress snapshot, Progress history, Instant headAt) {
        public boolean neverPulled() { return feedCursor == null && snapshot == null; }
    }

    private SyncPosition() {}

    public static State read(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT feed_cursor, snapshot, history, head_at FROM sync_position WHERE id = 1")) {
            rs.next();
            long head = rs.getLong(4);
            Instant headAt = rs.wasNull() ? null : Instant.ofEpochMilli(head);
            return new State(rs.getString(1), parse(rs.getString(2)), parse(rs.getString(3)), headAt);
        }
    }

    public static void setFeedCursor(Connection c, String cursor) throws SQLException {
        update(c, "feed_cursor", cursor);
    }

    public static void setSnapshot(Connection c, Progress progress) throws SQLException {
        update(c, "snapshot", format(progress));
    }

    public static void setHistory(Connection c, Progress progress) throws SQLException {
        update(c, "history", format(progress));
    }

    public static void reachedHead(Connection c, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_position SET head_at = ? WHERE id = 1")) {
            ps.setLong(1, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_position SET " + column + " = ? WHERE id = 1")) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }

    private static String format(Progress progress) {
        if (progress == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Progress parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, Progress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sync_position holds a position that is not readable: " + json, e);
        }
    }

    public static Optional<String> feedCursor(Connection c) throws SQLException {
        return Optional.ofNullable(read(c).feedCursor());
    }
}
