package com.merchantdesk.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for products, SKUs, images and the search index. Every method runs on the caller's connection. */
public final class CatalogRepository {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

    public void insert(Connection c, Product p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO product(id, title, description, category, status, option_names, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, p.id());
            bindHeader(ps, 2, p);
            ps.setLong(7, p.createdAt().toEpochMilli());
            ps.setLong(8, p.updatedAt().toEpochMilli());
            ps.executeUpdate();
        }
        writeChildren(c, p);
    }

    /** Replaces the product's fields, SKUs and images; SKUs missing from {@code p} are removed. */
    public void update(Connection c, Product p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE product SET title=?, description=?, category=?, status=?, option_names=?, updated_at=? WHERE id=?")) {
            bindHeader(ps, 1, p);
            ps.setLong(6, p.updatedAt().toEpochMilli());
            ps.setString(7, p.id());
            if (ps.executeUpdate() != 1) {
                throw new StoreException("Product " + p.id() + " no longer exists");
            }
        }
        List<String> keep = p.skus().stream().map(Sku::id).toList();
        for (String old : skuIds(c, p.id())) {
            if (!keep.contains(old)) {
                deleteSku(c, old);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM product_image WHERE product_id=?")) {
            ps.setString(1, p.id());
            ps.executeUpdate();
        }
        // Codes and barcodes may move between this product's SKUs (a swap in the form, a barcode moved by an
        // import). Park them first, so the unique indexes never see two owners halfway through the upserts;
        // a space cannot occur in a real SKU code.
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sku SET code = ' ' || id, barcode = NULL, barcode_type = NULL WHERE product_id=?")) {
            ps.setString(1, p.id());
            ps.executeUpdate();
        }
        writeChildren(c, p);
    }

    private void bindHeader(PreparedStatement ps, int first, Product p) throws SQLException {
        ps.setString(first, p.title());
        ps.setString(first + 1, p.description());
        ps.setString(first + 2, p.category());
        ps.setString(first + 3, p.status().name());
        ps.setString(first + 4, toJson(p.optionNames()));
    }

    private void writeChildren(Connection c, Product p) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO sku(id, product_id, position, code, option_values, barcode, barcode_type, currency, price_minor, "
                        + "compare_at_minor, cost_minor, weight_grams, reorder_point, bin_location, hs_code, origin_country) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT(id) DO UPDATE SET position=excluded.position, code=excluded.code, "
                        + "option_values=excluded.option_values, barcode=excluded.barcode, barcode_type=excluded.barcode_type, "
                        + "currency=excluded.currency, price_minor=excluded.price_minor, compare_at_minor=excluded.compare_at_minor, "
                        + "cost_minor=excluded.cost_minor, weight_grams=excluded.weight_grams, reorder_point=excluded.reorder_point, "
                        + "bin_location=excluded.bin_location, hs_code=excluded.hs_code, origin_country=excluded.origin_country");
             PreparedStatement level = c.prepareStatement("INSERT OR IGNORE INTO stock_level(sku_id) VALUES (?)")) {
            for (int i = 0; i < p.skus().size(); i++) {
                Sku s = p.skus().get(i);
                upsert.setString(1, s.id());
                upsert.setString(2, p.id());
                upsert.setInt(3, i);
                upsert.setString(4, s.code());
                upsert.setString(5, toJson(s.optionValues()));
                upsert.setString(6, s.barcode() == null ? null : s.barcode().value());
                upsert.setString(7, s.barcode() == null ? null : s.barcode().symbology().name());
                upsert.setString(8, s.price().currency().getCurrencyCode());
                upsert.setLong(9, s.price().minorUnits());
                setMoney(upsert, 10, s.compareAtPrice());
                setMoney(upsert, 11, s.cost());
                if (s.weightGrams() == null) {
                    upsert.setNull(12, Types.INTEGER);
                } else {
                    upsert.setInt(12, s.weightGrams());
                }
                upsert.setInt(13, s.reorderPoint());
                upsert.setString(14, s.binLocation());
                upsert.setString(15, s.hsCode());
                upsert.setString(16, s.originCountry());
                upsert.executeUpdate();
                level.setString(1, s.id());
                level.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO product_image(id, product_id, position, file_name, thumbnail) VALUES (?,?,?,?,?)")) {
            for (int i = 0; i < p.images().size(); i++) {
                ProductImage img = p.images().get(i);
                ps.setString(1, img.id());
                ps.setString(2, p.id());
                ps.setInt(3, i);
                ps.setString(4, img.fileName());
                ps.setString(5, img.thumbnailFileName());
                ps.executeUpdate();
            }
        }
        reindex(c, p);
    }

    /** Rewrites the search words of every SKU of {@code p}. */
    public void reindex(Connection c, Product p) throws SQLException {
        try (PreparedStatement no = c.prepareStatement("SELECT sku_no FROM sku WHERE id=?");
             PreparedStatement del = c.prepareStatement("DELETE FROM sku_search WHERE rowid=?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO sku_search(rowid, terms) VALUES (?,?)")) {
            for (Sku s : p.skus()) {
                no.setString(1, s.id());
                long skuNo;
                try (ResultSet rs = no.executeQuery()) {
                    rs.next();
                    skuNo = rs.getLong(1);
                }
                del.setLong(1, skuNo);
                del.executeUpdate();
                ins.setLong(1, skuNo);
                ins.setString(2, SearchText.terms(p.title(), p.category(), s.optionValues(), s.code(),
                        s.barcode() == null ? null : s.barcode().value()));
                ins.executeUpdate();
            }
        }
    }

    private void deleteSku(Connection c, String skuId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM sku_search WHERE rowid = (SELECT sku_no FROM sku WHERE id=?)");
             PreparedStatement sku = c.prepareStatement("DELETE FROM sku WHERE id=?")) {
            del.setString(1, skuId);
            del.executeUpdate();
            sku.setString(1, skuId);
            sku.executeUpdate();
        }
    }

    /** Removes a product with its SKUs, images, stock rows and search words. */
    public void delete(Connection c, String productId) throws SQLException {
        for (String skuId : skuIds(c, productId)) {
            deleteSku(c, skuId);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM product WHERE id=?")) {
            ps.setString(1, productId);
            ps.executeUpdate();
        }
    }

    public List<String> skuIds(Connection c, String productId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE product_id=? ORDER BY position")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    public Optional<Product> find(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, description, category, status, option_names, created_at, updated_at FROM product WHERE id=?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ProductStatus.valueOf(rs.getString(5)), fromJson(rs.getString(6)), skus(c, productId),
                        images(c, productId), Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
    }

    private List<Sku> skus(Connection c, String productId) throws SQLException {
        List<Sku> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, option_values, barcode, barcode_type, currency, price_minor, compare_at_minor, cost_minor, "
                        + "weight_grams, reorder_point, bin_location, hs_code, origin_country FROM sku WHERE product_id=? "
                        + "ORDER BY position")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString(6);
                    String barcode = rs.getString(4);
                    result.add(new Sku(rs.getString(1), rs.getString(2), fromJson(rs.getString(3)),
                            barcode == null ? null : new Barcode(barcode, Barcode.Symbology.valueOf(rs.getString(5))),
                            Money.ofMinor(rs.getLong(7), currency), money(rs, 8, currency), money(rs, 9, currency),
                            (Integer) rs.getObject(10), rs.getInt(11), rs.getString(12), rs.getString(13),
                            rs.getString(14)));
                }
            }
        }
        return result;
    }

    private List<ProductImage> images(Connection c, String productId) throws SQLException {
        List<ProductImage> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, file_name, thumbnail FROM product_image WHERE product_id=? ORDER BY position")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new ProductImage(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return result;
    }

    /** The product id owning a SKU code (any case), if that code is taken. */
    public Optional<String> productIdOfCode(Connection c, String code) throws SQLException {
        return single(c, "SELECT product_id FROM sku WHERE code = ? COLLATE NOCASE", code);
    }

    public Optional<String> productIdOfBarcode(Connection c, String barcode) throws SQLException {
        return single(c, "SELECT product_id FROM sku WHERE barcode = ?", barcode);
    }

    public Optional<String> productIdOfSku(Connection c, String skuId) throws SQLException {
        return single(c, "SELECT product_id FROM sku WHERE id = ?", skuId);
    }

    private static Optional<String> single(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public List<String> categories(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT category FROM product WHERE category <> '' ORDER BY category COLLATE NOCASE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static Money money(ResultSet rs, int column, String currency) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Money.ofMinor(value, currency);
    }

    private static void setMoney(PreparedStatement ps, int index, Money m) throws SQLException {
        if (m == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, m.minorUnits());
        }
    }

    static String toJson(List<String> values) {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode " + values, e);
        }
    }

    static List<String> fromJson(String json) {
        try {
            return Json.mapper().readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new StoreException("Damaged list in the database: " + json, e);
        }
    }
}
