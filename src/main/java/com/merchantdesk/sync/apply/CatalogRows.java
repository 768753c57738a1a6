package com.merchantdesk.sync.apply;

import com.merchantdesk.catalog.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The catalogue's derived rows that pulled products and SKUs keep right: each SKU's search words (title, category,
 * option values, code, barcode) and the question whether a SKU has history the desk must keep (stock movements,
 * order lines). The order lines' own words are kept by the triggers on {@code product} and {@code sku}.
 */
final class CatalogRows {

    private CatalogRows() {}

    /** Writes the search words of every SKU of the product again (after its title or category changed). */
    static void reindexProduct(Connection c, String productId) throws SQLException {
        reindex(c, "s.product_id = ?", productId);
    }

    static void reindexSku(Connection c, String skuId) throws SQLException {
        reindex(c, "s.id = ?", skuId);
    }

    private static void reindex(Connection c, String where, String arg) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT s.sku_no, p.title, p.category, s.option_values, s.code, "
                + "s.barcode FROM sku s JOIN product p ON p.id = s.product_id WHERE " + where);
             PreparedStatement del = c.prepareStatement("DELETE FROM sku_search WHERE rowid = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO sku_search(rowid, terms) VALUES (?, ?)")) {
            read.setString(1, arg);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long skuNo = rs.getLong(1);
                    del.setLong(1, skuNo);
                    del.executeUpdate();
                    ins.setLong(1, skuNo);
                    ins.setString(2, SearchText.terms(rs.getString(2), rs.getString(3),
                            FieldValues.stringList(FieldValues.read(rs.getString(4))), rs.getString(5), rs.getString(6)));
                    ins.executeUpdate();
                }
            }
        }
    }

    /** Whether the SKU has stock movements or order lines: then it stays, for the ledger's and the orders' sake. */
    static boolean skuHasHistory(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM stock_movement WHERE sku_id = ?) "
                + "OR EXISTS (SELECT 1 FROM order_line l JOIN sku s ON s.sku_no = l.sku_no WHERE s.id = ?)")) {
            ps.setString(1, skuId);
            ps.setString(2, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    static void deleteSku(Connection c, String skuId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sku_search WHERE rowid = (SELECT sku_no FROM sku WHERE id = ?)");
             PreparedStatement sku = c.prepareStatement("DELETE FROM sku WHERE id = ?")) {
            del.setString(1, skuId);
            del.executeUpdate();
            sku.setString(1, skuId);
            sku.executeUpdate();
        }
    }
}
