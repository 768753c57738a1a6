package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.Barcode;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SKUs as merged records: code, option values, barcode, price, compare-at price, weight and reorder point are the
 * seller's. The platform's cost is not the desk's (the desk never sends its own cost; the seller's margin is not the
 * platform's business), so it is neither compared nor taken. A new SKU gets its stock level row (stock comes by its
 * own records) and its search words; a SKU whose code or barcode another desk SKU has is refused
 * ({@link SkuClashException}).
 */
final class SkuKind implements MergedKind {

    static final String TYPE = "sku";
    static final int MAX_OPTION_VALUE = 60;
    private static final List<String> FIELDS = List.of("code", "option_values", "barcode", "price", "compare_at_price",
            "weight_grams", "reorder_point");

    @Override public ChangeKind kind() { return ChangeKind.SKU; }

    @Override public String entityType() { return TYPE; }

    @Override public List<String> fields() { return FIELDS; }

    @Override
    public Map<String, String> platformValues(JsonNode r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", FieldValues.text(r, "code"));
        v.put("option_values", FieldValues.strings(r, "option_values"));
        v.put("barcode", FieldValues.text(r, "barcode"));
        v.put("price", FieldValues.money(r, "price"));
        v.put("compare_at_price", FieldValues.money(r, "compare_at_price"));
        v.put("weight_grams", FieldValues.integer(r, "weight_grams"));
        String reorder = FieldValues.integer(r, "reorder_point");
        v.put("reorder_point", reorder.equals(FieldValues.NULL) ? "0" : reorder);
        return v;
    }

    @Override
    public Optional<Map<String, String>> deskValues(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code, option_values, barcode, currency, price_minor, "
                + "compare_at_minor, weight_grams, reorder_point FROM sku WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> v = new LinkedHashMap<>();
                v.put("code", FieldValues.text(rs.getString(1)));
                v.put("option_values", FieldValues.strings(FieldValues.stringList(FieldValues.read(rs.getString(2)))));
                v.put("barcode", FieldValues.text(rs.getString(3)));
                String currency = rs.getString(4);
                v.put("price", FieldValues.money(currency, rs.getLong(5)));
                long compareAt = rs.getLong(6);
                v.put("compare_at_price", rs.wasNull() ? FieldValues.NULL : FieldValues.money(currency, compareAt));
                int weight = rs.getInt(7);
                v.put("weight_grams", rs.wasNull() ? FieldValues.NULL : Integer.toString(weight));
                v.put("reorder_point", Integer.toString(rs.getInt(8)));
                return Optional.of(v);
            }
        }
    }

    @Override
    public void insert(Connection c, JsonNode r) throws SQLException {
        String id = r.get("id").asText();
        String productId = r.get("product_id").asText();
        Map<String, String> v = platformValues(r);
        refuseClashes(c, id, productId, v);
        if (!exists(c, productId)) {
            ProductKind.insertAwaited(c, productId, ProductKind.str(v.get("code")), ProductKind.instant(r, "created_at"));
        }
        int position;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position) + 1, 0) FROM sku WHERE product_id = ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                position = rs.getInt(1);
            }
        }
        JsonNode price = FieldValues.read(v.get("price"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sku(id, product_id, position, code, option_values, "
                + "currency, price_minor) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, productId);
            ps.setInt(3, position);
            ps.setString(4, " " + id);
            ps.setString(5, "[]");
            ps.setString(6, price.path("currency").asText());
            ps.setLong(7, price.path("amount_minor").asLong());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO stock_level(sku_id) VALUES (?)")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        // Every field through the one write path, which also writes the search words.
        write(c, id, v, ProductKind.instant(r, "updated_at"));
    }

    @Override
    public void write(Connection c, String id, Map<String, String> values, Instant at) throws SQLException {
        String productId = productOf(c, id);
        refuseClashes(c, id, productId, values);
        StringBuilder sets = new StringBuilder();
        List<Object> args = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            JsonNode node = FieldValues.read(e.getValue());
            switch (e.getKey()) {
                case "code" -> add(sets, args, "code", node.asText());
                case "option_values" -> add(sets, args, "option_values", e.getValue());
                case "barcode" -> {
                    Barcode barcode = barcode(node.asText());
                    add(sets, args, "barcode", barcode == null ? null : barcode.value());
                    add(sets, args, "barcode_type", barcode == null ? null : barcode.symbology().name());
                }
                case "price" -> {
                    add(sets, args, "currency", node.path("currency").asText());
                    add(sets, args, "price_minor", node.path("amount_minor").asLong());
                }
                case "compare_at_price" -> add(sets, args, "compare_at_minor", node.isNull() ? null : node.path("amount_minor").asLong());
                case "weight_grams" -> add(sets, args, "weight_grams", node.isNull() ? null : node.asLong());
                case "reorder_point" -> add(sets, args, "reorder_point", node.asLong());
                default -> throw new IllegalArgumentException("Not a SKU field: " + e.getKey());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sku SET " + sets + " WHERE id = ?")) {
            int i = 1;
            for (Object arg : args) {
                if (arg == null) {
                    ps.setNull(i++, Types.NULL);
                } else {
                    ps.setObject(i++, arg);
                }
            }
            ps.setString(i, id);
            ps.executeUpdate();
        }
        CatalogRows.reindexSku(c, id);
    }

    private static void add(StringBuilder sets, List<Object> args, String column, Object value) {
        sets.append(sets.length() == 0 ? "" : ", ").append(column).append(" = ?");
        args.add(value);
    }

    /** A barcode as the desk keeps it: EAN-13 or UPC-A when its digits check, else a free Code 128 value. */
    static Barcode barcode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Barcode.parse(value);
        } catch (IllegalArgumentException notOneTheDeskWouldType) {
            return new Barcode(value.strip(), Barcode.Symbology.CODE_128);
        }
    }

    private static void refuseClashes(Connection c, String id, String productId, Map<String, String> v) throws SQLException {
        if (v.containsKey("code")) {
            String code = ProductKind.str(v.get("code"));
            Optional<String[]> other = other(c, "code = ? COLLATE NOCASE", code, id);
            if (other.isPresent()) {
                throw new SkuClashException(SkuClashException.Clash.CODE, code, id, productId, other.get()[0], other.get()[1]);
            }
        }
        if (v.containsKey("barcode")) {
            Barcode barcode = barcode(ProductKind.str(v.get("barcode")));
            Optional<String[]> other = barcode == null ? Optional.empty() : other(c, "barcode = ?", barcode.value(), id);
            if (other.isPresent()) {
                throw new SkuClashException(SkuClashException.Clash.BARCODE, barcode.value(), id, productId,
                        other.get()[0], other.get()[1]);
            }
        }
    }

    /** Another SKU (id and product id) matching {@code condition}. */
    private static Optional<String[]> other(Connection c, String condition, String value, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, product_id FROM sku WHERE " + condition + " AND id <> ? LIMIT 1")) {
            ps.setString(1, value);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM product WHERE id = ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String productOf(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The platform deleted the SKU: it goes unless it has stock movements or order lines; then it stays as the desk's. */
    @Override
    public void deleted(Connection c, String id) throws SQLException {
        SyncBases.forget(c, TYPE, id);
        if (productOf(c, id) == null) {
            return;
        }
        if (CatalogRows.skuHasHistory(c, id)) {
            SyncBases.setPlatformVersion(c, TYPE, id, null);
        } else {
            CatalogRows.deleteSku(c, id);
        }
    }

    @Override
    public String displayName(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT p.title, s.code FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + " \u00b7 " + rs.getString(2) : id;
            }
        }
    }

    @Override public String patchPath(String id) { return "/v1/skus/" + id; }

    @Override
    public Object patchValue(String field, String value) {
        JsonNode node = FieldValues.read(value);
        if (node.isNull()) {
            // The API has no way to clear these two (docs/sync.md, "What travels").
            throw ProductKind.refused("sync.conflict.cannotClear");
        }
        return node;
    }

    @Override
    public String parseTyped(Connection c, String id, String field, String typed) throws SQLException {
        String text = typed == null ? "" : typed.strip();
        Map<String, String> desk = deskValues(c, id).orElseThrow();
        String currency = FieldValues.read(desk.get("price")).path("currency").asText();
        return switch (field) {
            case "code" -> {
                if (text.isEmpty()) {
                    throw ProductKind.refused("validation.required");
                }
                ProductKind.limited(text, Sku.MAX_CODE_LENGTH);
                if (text.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
                    throw ProductKind.refused("validation.sku.spaces");
                }
                if (other(c, "code = ? COLLATE NOCASE", text, id).isPresent()) {
                    throw ProductKind.refused("validation.sku.codeTaken", text);
                }
                yield FieldValues.text(text);
            }
            case "option_values" -> {
                List<String> values = TypedLists.parse(text);
                int options = FieldValues.stringList(FieldValues.read(desk.get("option_values"))).size();
                if (values.size() != options || values.stream().anyMatch(String::isEmpty)) {
                    throw ProductKind.refused("validation.option.valueCount", options);
                }
                values.forEach(value -> ProductKind.limited(value, MAX_OPTION_VALUE));
                yield FieldValues.strings(values);
            }
            case "barcode" -> {
                if (text.isEmpty()) {
                    yield FieldValues.text("");
                }
                Barcode barcode;
                try {
                    barcode = Barcode.parse(text);
                } catch (IllegalArgumentException e) {
                    throw ProductKind.refused(e.getMessage());
                }
                if (other(c, "barcode = ?", barcode.value(), id).isPresent()) {
                    throw ProductKind.refused("validation.barcode.taken", barcode.value());
                }
                yield FieldValues.text(barcode.value());
            }
            case "price", "compare_at_price" -> {
                if (text.isEmpty()) {
                    if (field.equals("price")) {
                        throw ProductKind.refused("validation.required");
                    }
                    yield FieldValues.NULL;
                }
                Money money;
                try {
                    money = Money.parse(text, Money.currency(currency));
                } catch (IllegalArgumentException e) {
                    throw ProductKind.refused(e.getMessage(), Money.currency(currency).getDefaultFractionDigits());
                }
                if (money.isNegative()) {
                    throw ProductKind.refused("validation.money.negative");
                }
                yield FieldValues.money(currency, money.minorUnits());
            }
            case "weight_grams", "reorder_point" -> {
                if (text.isEmpty()) {
                    yield field.equals("weight_grams") ? FieldValues.NULL : "0";
                }
                int n;
                try {
                    n = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw ProductKind.refused("validation.wholeNumber");
                }
                if (n < 0) {
                    throw ProductKind.refused("validation.notNegative");
                }
                yield Integer.toString(n);
            }
            default -> throw new IllegalArgumentException("Not a SKU field: " + field);
        };
    }
}
