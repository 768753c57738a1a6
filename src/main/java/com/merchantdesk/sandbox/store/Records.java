package com.merchantdesk.sandbox.store;

import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records of the kinds kept in the {@code record} table (products, customers, refunds, shipments, after-sale
 * requests, stock adjustments, desks). Every put records the change in the feed in the same transaction.
 */
public final class Records {

    private Records() {}

    public static Optional<StoredRecord> find(Connection c, Seller seller, ChangeKind kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id, version, field_versions, doc FROM record WHERE seller_no = ? AND kind = ? AND id = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, kind.wire());
            ps.setString(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The records of {@code kind} whose parent is {@code parentId} (an order's refunds or shipments), oldest first. */
    public static List<StoredRecord> children(Connection c, Seller seller, ChangeKind kind, String parentId) throws SQLException {
        List<StoredRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id, version, field_versions, doc FROM record WHERE seller_no = ? AND kind = ? AND parent_id = ?"
                        + " ORDER BY created_at, id")) {
            ps.setLong(1, seller.no());
            ps.setString(2, kind.wire());
            ps.setString(3, parentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    /** Inserts or replaces a record and records the change. */
    public static void put(Connection c, Seller seller, ChangeKind kind, String id, String parentId, long version,
                           Map<String, Long> fieldVersions, String doc, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO record(seller_no, kind, id, parent_id, version, field_versions, doc, created_at) VALUES (?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT(seller_no, kind, id) DO UPDATE SET version = excluded.version,"
                        + " field_versions = excluded.field_versions, doc = excluded.doc")) {
            ps.setLong(1, seller.no());
            ps.setString(2, kind.wire());
            ps.setString(3, id);
            ps.setString(4, parentId);
            ps.setLong(5, version);
            ps.setString(6, Docs.write(fieldVersions));
            ps.setString(7, doc);
            ps.setLong(8, now.toEpochMilli());
            ps.executeUpdate();
        }
        Feed.record(c, seller, kind, id, now);
    }

    /** Deletes a record and leaves its tombstone in the feed; false if there was none. */
    public static boolean delete(Connection c, Seller seller, ChangeKind kind, String id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM record WHERE seller_no = ? AND kind = ? AND id = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, kind.wire());
            ps.setString(3, id);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        Feed.tombstone(c, seller, kind, id, now);
        return true;
    }

    /** A page of the current records of {@code kind} after {@code afterId}, by id. */
    public static List<StoredRecord> page(Connection c, Seller seller, ChangeKind kind, String afterId, int limit) throws SQLException {
        List<StoredRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id, version, field_versions, doc FROM record WHERE seller_no = ? AND kind = ? AND id > ?"
                        + " ORDER BY id LIMIT ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, kind.wire());
            ps.setString(3, afterId);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static StoredRecord row(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getString(1), rs.getString(2), rs.getLong(3), Docs.fieldVersions(rs.getString(4)), rs.getString(5));
    }
}
