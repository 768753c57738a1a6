package com.merchantdesk.catalog.csv;

import com.merchantdesk.AppContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Small CSV files and database snapshots for the import and export tests. */
final class CsvFixtures {

    static final String HEADER = "handle,title,description,category,status,option1_name,option1_value,option2_name,"
            + "option2_value,option3_name,option3_value,sku,barcode,price,compare_at_price,cost,currency,weight_grams,"
            + "reorder_point,on_hand";
    /** What an export writes: {@link #HEADER} and the optional fulfilment columns, which files may leave out. */
    static final String EXPORT_HEADER = HEADER + ",bin_location,hs_code,origin_country";

    private CsvFixtures() {}

    /** Writes {@code lines} (the first is the header) as UTF-8, with a BOM when asked. */
    static Path file(Path file, boolean bom, String... lines) {
        try {
            Files.writeString(file, (bom ? "\uFEFF" : "") + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file with the full header and these data lines. */
    static Path withHeader(Path file, String... dataLines) {
        String[] lines = new String[dataLines.length + 1];
        lines[0] = HEADER;
        System.arraycopy(dataLines, 0, lines, 1, dataLines.length);
        return file(file, false, lines);
    }

    /** What an import may change; equal snapshots mean nothing changed. */
    record Snapshot(long products, long skus, long movements, long outbox, long onHandSum, long lastUpdate,
                    List<String> catalogue) {}

    static Snapshot snapshot(AppContext app) {
        return app.database().read(c -> new Snapshot(
                count(c, "SELECT count(*) FROM product"), count(c, "SELECT count(*) FROM sku"),
                count(c, "SELECT count(*) FROM stock_movement"), count(c, "SELECT count(*) FROM outbox"),
                count(c, "SELECT coalesce(sum(on_hand), 0) FROM stock_level"),
                count(c, "SELECT coalesce(max(updated_at), 0) FROM product"), catalogue(app)));
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Everything the seller sees of the catalogue, without ids or times: one line per SKU, sorted by code,
     * naming the product by its first SKU code so the grouping of SKUs into products counts too.
     */
    static List<String> catalogue(AppContext app) {
        return app.database().read(c -> {
            List<String> lines = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT (SELECT f.code FROM sku f WHERE f.product_id = p.id ORDER BY f.position LIMIT 1), p.title, "
                            + "p.description, p.category, p.status, p.option_names, s.position, s.code, s.option_values, "
                            + "s.barcode, s.barcode_type, s.currency, s.price_minor, s.compare_at_minor, s.cost_minor, "
                            + "s.weight_grams, s.reorder_point, s.bin_location, s.hs_code, s.origin_country, l.on_hand "
                            + "FROM sku s JOIN product p ON p.id = s.product_id JOIN stock_level l ON l.sku_id = s.id "
                            + "ORDER BY s.code")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        line.append(i == 1 ? "" : " | ").append(rs.getString(i));
                    }
                    lines.add(line.toString());
                }
            }
            return lines;
        });
    }
}
