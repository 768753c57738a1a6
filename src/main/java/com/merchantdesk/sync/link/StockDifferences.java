package com.merchantdesk.sync.link;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts that differed when a local SKU was linked to the platform's ({@link CatalogueLinker}), until the seller says
 * which is right. The platform's: nothing more to do (the desk already counts the platform's movements). The desk's:
 * a counted adjustment of (what the desk had counted on its own − the platform's count at linking) is recorded and
 * pushed, so both sides end at the desk's count once the desk's own orders are through.
 */
public final class StockDifferences {

    public record Difference(String skuId, String code, String title, long deskOnHand, long platformOnHand) {}

    private final Database db;
    private final Clock clock;

    public StockDifferences(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Difference> list() {
        return db.read(c -> {
            List<Difference> result = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT d.sku_id, s.code, p.title, d.desk_on_hand, "
                    + "d.platform_on_hand FROM sync_stock_difference d JOIN sku s ON s.id = d.sku_id "
                    + "JOIN product p ON p.id = s.product_id ORDER BY s.code")) {
                while (rs.next()) {
                    result.add(new Difference(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return result;
        });
    }

    /** The seller says the platform's count is right for the SKU of {@code code}. */
    public void takePlatform(String code) {
        db.write(c -> {
            remove(c, skuOf(c, code));
            return null;
        });
    }

    /** The seller says the desk's count is right for the SKU of {@code code}: a counted adjustment is queued. */
    public void takeDesk(String code) {
        db.write(c -> {
            takeDesk(c, skuOf(c, code));
            return null;
        });
    }

    /** The same answer for every difference; returns how many there were. */
    public int takeAll(boolean desk) {
        return db.write(c -> {
            List<String> skus = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sku_id FROM sync_stock_difference")) {
                while (rs.next()) {
                    skus.add(rs.getString(1));
                }
            }
            for (String sku : skus) {
                if (desk) {
                    takeDesk(c, sku);
                } else {
                    remove(c, sku);
                }
            }
            return skus.size();
        });
    }

    private void takeDesk(Connection c, String skuId) throws SQLException {
        long setAside;
        long platform;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT set_aside, platform_on_hand FROM sync_stock_difference WHERE sku_id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                setAside = rs.getLong(1);
                platform = rs.getLong(2);
            }
        }
        if (setAside != platform) {
            new StockLedger().record(c, skuId, MovementKind.COUNTED, setAside - platform, "the desk's count kept when linking",
                    "the platform counted " + platform + " when the desk was linked", "", clock.instant());
        }
        remove(c, skuId);
    }

    private static void remove(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_stock_difference WHERE sku_id = ?")) {
            ps.setString(1, skuId);
            ps.executeUpdate();
        }
    }

    private static String skuOf(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT d.sku_id FROM sync_stock_difference d JOIN sku s ON s.id = d.sku_id "
                + "WHERE s.code = ? COLLATE NOCASE")) {
            ps.setString(1, code.strip());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ValidationException(FieldError.of("sku", "sync.stockDifference.none", code.strip()));
                }
                return rs.getString(1);
            }
        }
    }
}
