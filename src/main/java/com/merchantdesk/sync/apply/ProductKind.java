package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Products as merged records: title, description, category, status and option names are the seller's; the listing
 * state is the platform's alone and is stored as it comes ({@code product.listing}, shown as "not published" when
 * delisted). Writes go straight to the rows, not through {@code Product}: the feed brings a product apart from its
 * SKUs, so a product may be between its option names and its SKUs' values for the length of a page.
 */
final class ProductKind implements MergedKind {

    static final String TYPE = "product";
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_CATEGORY = 120;
    static final int MAX_OPTION_NAME = 40;
    private static final List<String> FIELDS = List.of("title", "description", "category", "status", "option_names");

    @Override public ChangeKind kind() { return ChangeKind.PRODUCT; }

    @Override public String entityType() { return TYPE; }

    @Override public List<String> fields() { return FIELDS; }

    @Override
    public Map<String, String> platformValues(JsonNode r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", FieldValues.text(r, "title"));
        v.put("description", FieldValues.text(r, "description"));
        v.put("category", FieldValues.text(r, "category"));
        v.put("status", FieldValues.text(r.path("status").asText("draft").toLowerCase(Locale.ROOT)));
        v.put("option_names", FieldValues.strings(r, "option_names"));
        return v;
    }

    @Override
    public Optional<Map<String, String>> deskValues(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title, description, category, status, option_names FROM product WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> v = new LinkedHashMap<>();
                v.put("title", FieldValues.text(rs.getString(1)));
                v.put("description", FieldValues.text(rs.getString(2)));
                v.put("category", FieldValues.text(rs.getString(3)));
                v.put("status", FieldValues.text(rs.getString(4).toLowerCase(Locale.ROOT)));
                v.put("option_names", rs.getString(5) == null ? FieldValues.strings(List.of())
                        : FieldValues.strings(FieldValues.stringList(FieldValues.read(rs.getString(5)))));
                return Optional.of(v);
            }
        }
    }

    @Override
    public void insert(Connection c, JsonNode r) throws SQLException {
        Map<String, String> v = platformValues(r);
        Instant created = instant(r, "created_at");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO product(id, title, description, category, status, "
                + "option_names, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.get("id").asText());
            ps.setString(2, str(v.get("title")));
            ps.setString(3, str(v.get("description")));
            ps.setString(4, str(v.get("category")));
            ps.setString(5, str(v.get("status")).toUpperCase(Locale.ROOT));
            ps.setString(6, v.get("option_names"));
            ps.setLong(7, created.toEpochMilli());
            ps.setLong(8, instant(r, "updated_at", created).toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Makes the row that stands in for a product the feed has not brought yet (a SKU of it came first). */
    static void insertAwaited(Connection c, String productId, String skuCode, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO product(id, title, status, created_at, updated_at, "
                + "awaiting_pull) VALUES (?,?,'DRAFT',?,?,1)")) {
            ps.setString(1, productId);
            ps.setString(2, skuCode);
            ps.setLong(3, at.toEpochMilli());
            ps.setLong(4, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    @Override
    public void write(Connection c, String id, Map<String, String> values, Instant at) throws SQLException {
        List<String> sets = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            switch (e.getKey()) {
                case "title", "description", "category" -> {
                    sets.add(e.getKey() + " = ?");
                    args.add(str(e.getValue()));
                }
                case "status" -> {
                    sets.add("status = ?");
                    args.add(str(e.getValue()).toUpperCase(Locale.ROOT));
                }
                case "option_names" -> {
                    sets.add("option_names = ?");
                    args.add(e.getValue());
                }
                default -> throw new IllegalArgumentException("Not a product field: " + e.getKey());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE product SET " + String.join(", ", sets)
                + ", updated_at = max(updated_at, ?) WHERE id = ?")) {
            int i = 1;
            for (String arg : args) {
                ps.setString(i++, arg);
            }
            ps.setLong(i++, at.toEpochMilli());
            ps.setString(i, id);
            ps.executeUpdate();
        }
        if (values.containsKey("title") || values.containsKey("category")) {
            CatalogRows.reindexProduct(c, id);
        }
    }

    @Override
    public boolean awaitingPull(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT awaiting_pull FROM product WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void afterApplied(Connection c, String id, JsonNode record) throws SQLException {
        String listing = record.path("listing").asText("");
        try (PreparedStatement ps = c.prepareStatement("UPDATE product SET listing = ?, awaiting_pull = 0 WHERE id = ?")) {
            ps.setString(1, listing.isEmpty() ? null : listing.toUpperCase(Locale.ROOT));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * The platform deleted the product. Without history it goes with its SKUs, pictures and search words (as the
     * catalogue deletes one). A SKU with stock movements or order lines must stay (the catalogue would refuse the
     * delete and ask to archive instead): the product is archived, shown as not published, and counts as the
     * desk's own from now on (no platform version, no base).
     */
    @Override
    public void deleted(Connection c, String id) throws SQLException {
        List<String> skus = skuIds(c, id);
        boolean history = false;
        for (String sku : skus) {
            history |= CatalogRows.skuHasHistory(c, sku);
        }
        for (String sku : skus) {
            SyncBases.forget(c, SkuKind.TYPE, sku);
        }
        SyncBases.forget(c, TYPE, id);
        if (history) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE product SET status = 'ARCHIVED', listing = 'DELISTED', "
                    + "platform_version = NULL, awaiting_pull = 0 WHERE id = ?");
                 PreparedStatement sku = c.prepareStatement("UPDATE sku SET platform_version = NULL WHERE product_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
                sku.setString(1, id);
                sku.executeUpdate();
            }
            return;
        }
        for (String sku : skus) {
            CatalogRows.deleteSku(c, sku);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM product WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    static List<String> skuIds(Connection c, String productId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE product_id = ? ORDER BY position")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    @Override
    public String displayName(Connection c, String id) throws SQLException {
        return deskValues(c, id).map(v -> str(v.get("title"))).orElse(id);
    }

    @Override public String patchPath(String id) { return "/v1/products/" + id; }

    @Override public Object patchValue(String field, String value) { return FieldValues.read(value); }

    @Override
    public String parseTyped(Connection c, String id, String field, String typed) throws SQLException {
        String text = typed == null ? "" : typed.strip();
        return switch (field) {
            case "title" -> {
                if (text.isEmpty()) {
                    throw refused("validation.required");
                }
                yield FieldValues.text(limited(text, Product.MAX_TITLE_LENGTH));
            }
            case "description" -> FieldValues.text(limited(text, MAX_DESCRIPTION));
            case "category" -> FieldValues.text(limited(text, MAX_CATEGORY));
            case "status" -> {
                String s = text.toLowerCase(Locale.ROOT);
                if (!List.of("draft", "active", "archived").contains(s)) {
                    throw refused("validation.status.unknown", text);
                }
                yield FieldValues.text(s);
            }
            case "option_names" -> FieldValues.strings(optionNames(c, id, TypedLists.parse(text)));
            default -> throw new IllegalArgumentException("Not a product field: " + field);
        };
    }

    private static List<String> optionNames(Connection c, String id, List<String> names) throws SQLException {
        if (names.size() > Product.MAX_OPTIONS) {
            throw refused("validation.option.tooMany", Product.MAX_OPTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isEmpty()) {
                throw refused("validation.option.nameMissing");
            }
            limited(name, MAX_OPTION_NAME);
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw refused("validation.option.duplicateName", name);
            }
        }
        // The SKUs keep one value per option: renaming options is fine, adding or removing one is an edit of the SKUs.
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT json_array_length(option_values) FROM sku WHERE product_id = ? LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) != names.size()) {
                    throw refused("sync.conflict.optionCount", rs.getInt(1));
                }
            }
        }
        return names;
    }

    static String limited(String text, int max) {
        if (text.length() > max) {
            throw refused("validation.tooLong", max);
        }
        return text;
    }

    static ValidationException refused(String key, Object... args) {
        return new ValidationException(FieldError.of("value", key, args));
    }

    /** The text of a text value. */
    static String str(String valueJson) { return FieldValues.read(valueJson).asText(); }

    static Instant instant(JsonNode r, String field) { return instant(r, field, Instant.EPOCH); }

    static Instant instant(JsonNode r, String field, Instant fallback) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? fallback : Instant.parse(v.asText());
    }
}
