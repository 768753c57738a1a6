package com.merchantdesk.sandbox.store;

import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed of each seller. {@link #record} runs inside the write that changes a record, so the change's
 * {@code seq} is handed out in that transaction; writes take turns, so seq order is commit order and a reader
 * never sees seq N+1 committed before N. A record has one row: its newest change replaces the older one with a
 * new seq, so a reader gets each record once, as it is, after every earlier change.
 */
public final class Feed {

    private Feed() {}

    /** One row of the feed. */
    public record Entry(long seq, ChangeKind kind, String entityId, boolean deleted, Instant changedAt) {}

    /** The seller's cursor state: its epoch (raised to expire all cursors) and its horizon. */
    public record Position(int epoch, long horizon, long lastSeq) {}

    public static void record(Connection c, Seller seller, ChangeKind kind, String entityId, Instant at) throws SQLException {
        write(c, seller, kind, entityId, false, at);
    }

    public static void tombstone(Connection c, Seller seller, ChangeKind kind, String entityId, Instant at) throws SQLException {
        write(c, seller, kind, entityId, true, at);
    }

    private static void write(Connection c, Seller seller, ChangeKind kind, String entityId, boolean deleted, Instant at)
            throws SQLException {
        // REPLACE deletes the record's older row and inserts one with the next AUTOINCREMENT seq.
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO change(seller_no, kind, entity_id, deleted, changed_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seller.no());
            ps.setString(2, kind.wire());
            ps.setString(3, entityId);
            ps.setInt(4, deleted ? 1 : 0);
            ps.setLong(5, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Up to {@code limit} changes after {@code afterSeq}, in seq order. */
    public static List<Entry> after(Connection c, Seller seller, long afterSeq, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>(Math.min(limit, 1000));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, kind, entity_id, deleted, changed_at FROM change WHERE seller_no = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seller.no());
            ps.setLong(2, afterSeq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), ChangeKind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(3), rs.getInt(4) == 1, Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        }
        return entries;
    }

    /**
     * A change with the stored JSON of its record as UTF-8 bytes (null for a tombstone and for kinds kept in columns:
     * stock, desk): the feed copies them into its answer as they are, never decoding them into text and back.
     */
    public record EntryWithDoc(Entry entry, byte[] doc) {}

    /**
     * Up to {@code limit} changes after {@code afterSeq} with their records' stored JSON, in one query: the feed
     * sends the JSON as stored, without reading it into objects and writing it again.
     */
    public static List<EntryWithDoc> afterWithDocs(Connection c, Seller seller, long afterSeq, int limit) throws SQLException {
        List<EntryWithDoc> entries = new ArrayList<>(Math.min(limit, 1000));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT c.seq, c.kind, c.entity_id, c.deleted, c.changed_at, CASE WHEN c.deleted = 1 THEN NULL"
                        + " WHEN c.kind = 'order' THEN (SELECT doc FROM orders o WHERE o.seller_no = c.seller_no AND o.id = c.entity_id)"
                        + " WHEN c.kind = 'sku' THEN (SELECT doc FROM sku s WHERE s.seller_no = c.seller_no AND s.id = c.entity_id)"
                        + " WHEN c.kind IN ('stock', 'desk') THEN NULL"
                        + " ELSE (SELECT doc FROM record r WHERE r.seller_no = c.seller_no AND r.kind = c.kind AND r.id = c.entity_id) END"
                        + " FROM change c WHERE c.seller_no = ? AND c.seq > ? ORDER BY c.seq LIMIT ?")) {
            ps.setLong(1, seller.no());
            ps.setLong(2, afterSeq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new EntryWithDoc(new Entry(rs.getLong(1), ChangeKind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(3), rs.getInt(4) == 1, Instant.ofEpochMilli(rs.getLong(5))), rs.getBytes(6)));
                }
            }
        }
        return entries;
    }

    public static Position position(Connection c, Seller seller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                // Never below the horizon: when the newest change was a tombstone since pruned, a cursor that saw it
                // is at the end of the feed (not past it), and a snapshot taken now must not start expired.
                "SELECT cursor_epoch, feed_horizon, MAX(feed_horizon, (SELECT COALESCE(MAX(seq), 0) FROM change WHERE seller_no = ?))"
                        + " FROM seller WHERE seller_no = ?")) {
            ps.setLong(1, seller.no());
            ps.setLong(2, seller.no());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No seller " + seller.code());
                }
                return new Position(rs.getInt(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    /** Expires every cursor of {@code seller}: the next feed read with one answers 410. */
    public static void expireCursors(Connection c, Seller seller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE seller SET cursor_epoch = cursor_epoch + 1 WHERE seller_no = ?")) {
            ps.setLong(1, seller.no());
            ps.executeUpdate();
        }
    }

    /**
     * Drops tombstones older than {@code before}, and moves each seller's horizon past them: a cursor from before a
     * dropped tombstone could miss a deletion, so it is expired. Returns how many were dropped.
     */
    public static int pruneTombstones(Connection c, Instant before) throws SQLException {
        try (PreparedStatement horizon = c.prepareStatement(
                "UPDATE seller SET feed_horizon = MAX(feed_horizon, (SELECT MAX(seq) FROM change"
                        + " WHERE change.seller_no = seller.seller_no AND deleted = 1 AND changed_at < ?))"
                        + " WHERE EXISTS (SELECT 1 FROM change WHERE change.seller_no = seller.seller_no AND deleted = 1 AND changed_at < ?)");
             PreparedStatement drop = c.prepareStatement("DELETE FROM change WHERE deleted = 1 AND changed_at < ?")) {
            horizon.setLong(1, before.toEpochMilli());
            horizon.setLong(2, before.toEpochMilli());
            horizon.executeUpdate();
            drop.setLong(1, before.toEpochMilli());
            return drop.executeUpdate();
        }
    }
}
