package com.merchantdesk.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The products list's queries: a filtered, sorted page of SKU rows, and exact look-up of a scanned code. */
public final class ProductSearch {

    private static final String COLUMNS =
            "s.id, s.product_id, p.title, s.option_values, s.code, s.barcode, s.currency, s.price_minor, "
                    + "l.on_hand, l.reserved, s.reorder_point, p.status, p.category, "
                    + "(SELECT i.thumbnail FROM product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1)";
    private static final String FROM =
            " FROM sku s JOIN product p ON p.id = s.product_id JOIN stock_level l ON l.sku_id = s.id";

    public Page<SkuRow> search(Connection c, ProductQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FROM + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<SkuRow> rows = new ArrayList<>();
        if (total > q.offset()) {
            String sql = "SELECT " + COLUMNS + FROM + where + " ORDER BY " + orderBy(q) + " LIMIT ? OFFSET ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                List<Object> pageArgs = new ArrayList<>(args);
                pageArgs.add(q.limit());
                pageArgs.add(q.offset());
                bind(ps, pageArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
        }
        return new Page<>(rows, total, q.offset(), q.limit());
    }

    /** The SKU whose barcode or SKU code is exactly {@code scanned} (what a barcode scanner types). */
    public Optional<SkuRow> findExact(Connection c, String scanned) throws SQLException {
        String code = scanned == null ? "" : scanned.strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        for (String condition : List.of("s.barcode = ?", "s.code = ? COLLATE NOCASE")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE " + condition)) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(row(rs));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public Optional<SkuRow> findBySkuId(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE s.id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static String where(ProductQuery q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        String match = SearchText.matchExpression(q.text());
        if (!match.isEmpty()) {
            conditions.add("s.sku_no IN (SELECT rowid FROM sku_search WHERE sku_search MATCH ?)");
            args.add(match);
        }
        if (q.statuses().size() < ProductStatus.values().length) {
            conditions.add("p.status IN (" + String.join(",", q.statuses().stream().map(s -> "?").toList()) + ")");
            q.statuses().forEach(s -> args.add(s.name()));
        }
        if (q.category() != null) {
            conditions.add("p.category = ?");
            args.add(q.category());
        }
        if (q.lowStockOnly()) {
            conditions.add("s.reorder_point > 0 AND l.on_hand - l.reserved <= s.reorder_point");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String orderBy(ProductQuery q) {
        String column = switch (q.sort()) {
            case TITLE -> "p.title COLLATE NOCASE";
            case CODE -> "s.code";
            case PRICE -> "s.price_minor";
            case ON_HAND -> "l.on_hand";
            case AVAILABLE -> "l.on_hand - l.reserved";
            case CATEGORY -> "p.category COLLATE NOCASE";
            case STATUS -> "p.status";
        };
        String direction = q.descending() ? " DESC" : " ASC";
        return column + direction + ", s.code" + direction;
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static SkuRow row(ResultSet rs) throws SQLException {
        List<String> options = CatalogRepository.fromJson(rs.getString(4));
        return new SkuRow(rs.getString(1), rs.getString(2), rs.getString(3), String.join(" / ", options),
                rs.getString(5), rs.getString(6), Money.ofMinor(rs.getLong(8), rs.getString(7)), rs.getLong(9),
                rs.getLong(10), rs.getInt(11), ProductStatus.valueOf(rs.getString(12)), rs.getString(13),
                rs.getString(14));
    }
}
