package com.merchantdesk.shipping.documents;

import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What picking and customs need of a SKU: its bin, HS code, country of origin and weight (by SKU code). */
record SkuFacts(String binLocation, String hsCode, String originCountry, Integer weightGrams) {

    static final SkuFacts UNKNOWN = new SkuFacts("", "", "", null);

    /** The facts of these SKU codes, keyed by code in lower case; codes no longer in the catalogue are left out. */
    static Map<String, SkuFacts> of(Database db, Collection<String> codes) {
        return db.read(c -> {
            Map<String, SkuFacts> facts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, bin_location, hs_code, origin_country, weight_grams "
                    + "FROM sku WHERE code = ? COLLATE NOCASE")) {
                for (String code : codes) {
                    ps.setString(1, code);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            int weight = rs.getInt(5);
                            facts.put(code.toLowerCase(Locale.ROOT), new SkuFacts(rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.wasNull() ? null : weight));
                        }
                    }
                }
            }
            return facts;
        });
    }

    static SkuFacts in(Map<String, SkuFacts> facts, String code) {
        return facts.getOrDefault(code.toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
