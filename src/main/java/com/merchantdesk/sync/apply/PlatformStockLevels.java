package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.StockLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform's stock of each SKU as last pulled (table {@code platform_stock}, V11): its on-hand, its version (a
 * counted stocktake is sent as a compare-and-set against it) and its oversold flag (an offline sale took the
 * platform below zero). It never changes the desk's own on-hand: both sides count the same movements.
 */
public final class PlatformStockLevels {

    /** One SKU's platform stock. */
    public record Level(String skuId, long onHand, long version, boolean oversold) {}

    private PlatformStockLevels() {}

    /** Keeps the level when it is newer than the one kept; false when it was not. */
    static boolean keep(Connection c, StockLevel level) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform_stock(sku_id, on_hand, version, oversold, "
                + "updated_at) VALUES (?,?,?,?,?) ON CONFLICT(sku_id) DO UPDATE SET on_hand = excluded.on_hand, "
                + "version = excluded.version, oversold = excluded.oversold, updated_at = excluded.updated_at "
                + "WHERE excluded.version > platform_stock.version")) {
            ps.setString(1, level.skuId());
            ps.setLong(2, level.onHand());
            ps.setLong(3, level.version());
            ps.setInt(4, level.oversold() ? 1 : 0);
            if (level.updatedAt() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, level.updatedAt().toEpochMilli());
            }
            return ps.executeUpdate() == 1;
        }
    }

    public static Optional<Level> find(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sku_id, on_hand, version, oversold FROM platform_stock WHERE sku_id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(level(rs)) : Optional.empty();
            }
        }
    }

    /** Whether the platform says the SKU is oversold (one primary-key look-up). */
    public static boolean isOversold(Connection c, String skuId) throws SQLException {
        return find(c, skuId).map(Level::oversold).orElse(false);
    }

    /** The SKUs the platform says are oversold, by SKU id, at most {@code limit}. */
    public static List<Level> oversold(Connection c, int limit) throws SQLException {
        List<Level> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sku_id, on_hand, version, oversold FROM platform_stock "
                + "WHERE oversold = 1 ORDER BY sku_id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(level(rs));
                }
            }
        }
        return result;
    }

    private static Level level(ResultSet rs) throws SQLException {
        return new Level(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4) == 1);
    }
}
