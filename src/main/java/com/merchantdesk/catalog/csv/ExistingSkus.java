package com.merchantdesk.catalog.csv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the file's SKU codes and barcodes the catalogue already has, and who owns them. Looked up in
 * chunks through the unique indexes on {@code sku.code} and {@code sku.barcode}, never by scanning.
 */
final class ExistingSkus {

    /** A SKU already in the catalogue. */
    record Owner(String skuId, String productId, String code) {}

    private static final int CHUNK = 500;

    private final Map<String, Owner> byCode = new HashMap<>();
    private final Map<String, Owner> byBarcode = new HashMap<>();

    static ExistingSkus lookUp(Connection c, Collection<String> codes, Collection<String> barcodes) throws SQLException {
        ExistingSkus result = new ExistingSkus();
        result.load(c, "code", codes, (o, key) -> result.byCode.put(codeKey(key), o));
        result.load(c, "barcode", barcodes, (o, key) -> result.byBarcode.put(key, o));
        return result;
    }

    /** SKU codes are unique without regard to case. */
    static String codeKey(String code) { return code.toLowerCase(Locale.ROOT); }

    Optional<Owner> ofCode(String code) { return Optional.ofNullable(byCode.get(codeKey(code))); }

    Optional<Owner> ofBarcode(String barcode) { return Optional.ofNullable(byBarcode.get(barcode)); }

    private interface Sink {
        void accept(Owner owner, String key);
    }

    private void load(Connection c, String column, Collection<String> keys, Sink sink) throws SQLException {
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, product_id, code, " + column + " FROM sku WHERE " + column + " IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new Owner(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
                    }
                }
            }
        }
    }
}
