package com.merchantdesk.sandbox.store;

import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Sku;
import com.merchantdesk.platform.StockLevel;
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
 * SKUs and the platform's stock of each. Stock changes only through {@link #moveStock}: every movement raises
 * the SKU's stock version and puts its stock record in the feed, in the caller's transaction.
 */
public final class Skus {

    private Skus() {}

    /** A stored SKU with its stock. */
    public record Row(StoredRecord record, String productId, String code, long onHand, long stockVersion, Instant stockChangedAt) {
        public Sku sku() { return Docs.read(record.doc(), Sku.class); }

        public StockLevel stock() {
            return new StockLevel(record.id(), code, onHand, stockVersion, onHand < 0, stockChangedAt);
        }
    }

    private static final String COLUMNS = "id, product_id, code, version, field_versions, doc, on_hand, stock_version";

    public static Optional<Row> find(Connection c, Seller seller, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + ", (SELECT changed_at FROM change WHERE seller_no = ? AND kind = 'stock' AND entity_id = sku.id)"
                        + " FROM sku WHERE seller_no = ? AND id = ?")) {
            ps.setLong(1, seller.no());
            ps.setLong(2, seller.no());
            ps.setString(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The id of the SKU with {@code code} (any case), if any. */
    public static Optional<String> idOfCode(Connection c, Seller seller, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE seller_no = ? AND code = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static List<String> idsOfProduct(Connection c, Seller seller, String productId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE seller_no = ? AND product_id = ? ORDER BY id")) {
            ps.setLong(1, seller.no());
            ps.setString(2, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Inserts or replaces a SKU's content (its stock is left as it is) and records the change. */
    public static void put(Connection c, Seller seller, Sku sku, Map<String, Long> fieldVersions, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sku(seller_no, id, product_id, code, version, field_versions, doc) VALUES (?,?,?,?,?,?,?)"
                        + " ON CONFLICT(seller_no, id) DO UPDATE SET code = excluded.code, version = excluded.version,"
                        + " field_versions = excluded.field_versions, doc = excluded.doc")) {
            ps.setLong(1, seller.no());
            ps.setString(2, sku.id());
            ps.setString(3, sku.productId());
            ps.setString(4, sku.code());
            ps.setLong(5, sku.version());
            ps.setString(6, Docs.write(fieldVersions));
            ps.setString(7, Docs.write(sku));
            ps.executeUpdate();
        }
        Feed.record(c, seller, ChangeKind.SKU, sku.id(), now);
    }

    /** Adds {@code delta} to the SKU's platform stock; returns the level after. */
    public static StockLevel moveStock(Connection c, Seller seller, String skuId, long delta, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sku SET on_hand = on_hand + ?, stock_version = stock_version + 1 WHERE seller_no = ? AND id = ?"
                        + " RETURNING code, on_hand, stock_version")) {
            ps.setLong(1, delta);
            ps.setLong(2, seller.no());
            ps.setString(3, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No SKU " + skuId);
                }
                long onHand = rs.getLong(2);
                StockLevel level = new StockLevel(skuId, rs.getString(1), onHand, rs.getLong(3), onHand < 0, now);
                Feed.record(c, seller, ChangeKind.STOCK, skuId, now);
                return level;
            }
        }
    }

    /** Deletes a SKU; its SKU and stock records leave tombstones. */
    public static boolean delete(Connection c, Seller seller, String id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sku WHERE seller_no = ? AND id = ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, id);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        Feed.tombstone(c, seller, ChangeKind.SKU, id, now);
        Feed.tombstone(c, seller, ChangeKind.STOCK, id, now);
        return true;
    }

    /** A page of SKUs after {@code afterId}, by id. */
    public static List<Row> page(Connection c, Seller seller, String afterId, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + ", (SELECT changed_at FROM change WHERE seller_no = sku.seller_no AND kind = 'stock' AND entity_id = sku.id)"
                        + " FROM sku WHERE seller_no = ? AND id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, seller.no());
            ps.setString(2, afterId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static Row row(ResultSet rs) throws SQLException {
        StoredRecord record = new StoredRecord(rs.getString(1), rs.getString(2), rs.getLong(4),
                Docs.fieldVersions(rs.getString(5)), rs.getString(6));
        long changed = rs.getLong(9);
        Instant changedAt = rs.wasNull() ? null : Instant.ofEpochMilli(changed);
        return new Row(record, rs.getString(2), rs.getString(3), rs.getLong(7), rs.getLong(8), changedAt);
    }
}
