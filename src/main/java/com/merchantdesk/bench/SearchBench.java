package com.merchantdesk.bench;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Product search as the seller types: the first page (100 rows, sorted by title) for word prefixes of one
 * to four letters, two-word queries, SKU-code prefixes and whole barcodes, drawn from the data itself.
 */
public final class SearchBench {

    private final CatalogService catalog;
    private final Database db;

    public SearchBench(CatalogService catalog, Database db) {
        this.catalog = catalog;
        this.db = db;
    }

    /** Runs {@code rounds} timed queries after {@code warmup} untimed ones; returns stats per query kind. */
    public List<Stats> run(int warmup, int rounds, long seed) {
        List<String[]> samples = sampleRows(500, seed);
        if (samples.isEmpty()) {
            throw new IllegalStateException("The catalogue is empty: run generate first");
        }
        Random random = new Random(seed);
        List<Stats> result = new ArrayList<>();
        result.add(time("search: word prefix, 1-4 letters", warmup, rounds, () -> {
            String[] row = samples.get(random.nextInt(samples.size()));
            List<String> words = wordsOf(row[0]);
            String word = words.get(random.nextInt(words.size()));
            return word.substring(0, Math.min(word.length(), 1 + random.nextInt(4)));
        }));
        result.add(time("search: two words (typed as you go)", warmup, rounds, () -> {
            String[] row = samples.get(random.nextInt(samples.size()));
            List<String> words = wordsOf(row[0]);
            String first = words.get(random.nextInt(words.size()));
            String second = words.get(random.nextInt(words.size()));
            return first + " " + second.substring(0, Math.min(second.length(), 2 + random.nextInt(3)));
        }));
        result.add(time("search: SKU code prefix", warmup, rounds, () -> {
            String code = samples.get(random.nextInt(samples.size()))[1];
            return code.substring(0, Math.min(code.length(), 4 + random.nextInt(Math.max(1, code.length() - 3))));
        }));
        result.add(time("search: whole barcode", warmup, rounds, () -> {
            String barcode = samples.get(random.nextInt(samples.size()))[2];
            return barcode == null ? samples.get(0)[1] : barcode;
        }));
        return result;
    }

    private Stats time(String name, int warmup, int rounds, java.util.function.Supplier<String> queries) {
        List<Double> millis = new ArrayList<>();
        ProductQuery base = ProductQuery.firstPage(100);
        for (int i = 0; i < warmup + rounds; i++) {
            String text = queries.get();
            long start = System.nanoTime();
            catalog.search(base.withText(text));
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                millis.add(elapsed);
            }
        }
        return Stats.of(name, millis);
    }

    private static List<String> wordsOf(String title) {
        List<String> words = new ArrayList<>();
        for (String w : title.split("\\s+")) {
            if (!SearchText.matchExpression(w).isEmpty()) {
                words.add(w);
            }
        }
        return words.isEmpty() ? List.of(title) : words;
    }

    private List<String[]> sampleRows(int count, long seed) {
        return db.read(c -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.title, s.code, s.barcode FROM sku s JOIN product p ON p.id = s.product_id "
                            + "ORDER BY (s.sku_no * ?) % 1000003 LIMIT ?")) {
                ps.setLong(1, 7919 + seed % 1000);
                ps.setInt(2, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            return rows;
        });
    }
}
