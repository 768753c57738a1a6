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
import java.util.function.Supplier;

/**
 * Product search as the seller types, as the products list asks for it: the first page (100 rows, sorted by
 * title, archived products left out) with its total. Queries are drawn from the data itself: word prefixes of
 * one to four letters, two-word queries, SKU-code prefixes and whole barcodes; plus the list as it opens (no
 * text at all).
 */
public final class SearchBench {

    public static final int PAGE_SIZE = 100;
    private static final int SAMPLE_ROWS = 500;

    private final CatalogService catalog;
    private final Database db;

    public SearchBench(CatalogService catalog, Database db) {
        this.catalog = catalog;
        this.db = db;
    }

    /** Runs {@code rounds} timed queries after {@code warmup} untimed ones, per kind; returns stats per kind. */
    public List<Stats> run(int warmup, int rounds, long seed) {
        List<Sample> samples = sampleRows(seed);
        if (samples.isEmpty()) {
            throw new IllegalStateException("The catalogue is empty: run generate first");
        }
        Random random = new Random(seed);
        Supplier<Sample> any = () -> samples.get(random.nextInt(samples.size()));
        List<Stats> result = new ArrayList<>();
        result.add(time("word prefix, 1-4 letters", warmup, rounds, () -> {
            String word = any.get().randomWord(random);
            return word.substring(0, Math.min(word.length(), 1 + random.nextInt(4)));
        }));
        result.add(time("two words, the second typed halfway", warmup, rounds, () -> {
            Sample row = any.get();
            String second = row.randomWord(random);
            return row.randomWord(random) + " " + second.substring(0, Math.min(second.length(), 2 + random.nextInt(3)));
        }));
        result.add(time("SKU code prefix", warmup, rounds, () -> {
            String code = any.get().code();
            return code.substring(0, Math.min(code.length(), 4 + random.nextInt(Math.max(1, code.length() - 3))));
        }));
        result.add(time("whole barcode", warmup, rounds, () -> {
            Sample row = any.get();
            return row.barcode() == null ? row.code() : row.barcode();
        }));
        result.add(time("no text (the list as it opens)", warmup, rounds, () -> ""));
        return result;
    }

    private Stats time(String name, int warmup, int rounds, Supplier<String> queries) {
        List<Double> millis = new ArrayList<>();
        ProductQuery base = ProductQuery.firstPage(PAGE_SIZE);
        for (int i = 0; i < warmup + rounds; i++) {
            ProductQuery query = base.withText(queries.get());
            long start = System.nanoTime();
            catalog.search(query);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                millis.add(elapsed);
            }
        }
        return Stats.of(name, millis);
    }

    /** A SKU to draw queries from. */
    private record Sample(String title, String code, String barcode) {
        String randomWord(Random random) {
            List<String> words = new ArrayList<>();
            for (String w : title.split("\\s+")) {
                if (!SearchText.matchExpression(w).isEmpty()) {
                    words.add(w);
                }
            }
            return words.isEmpty() ? title : words.get(random.nextInt(words.size()));
        }
    }

    /** A spread of SKUs across the catalogue, the same for the same seed. */
    private List<Sample> sampleRows(long seed) {
        return db.read(c -> {
            List<Sample> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.title, s.code, s.barcode FROM sku s JOIN product p ON p.id = s.product_id "
                            + "ORDER BY (s.sku_no * ?) % 1000003 LIMIT ?")) {
                ps.setLong(1, 7919 + seed % 1000);
                ps.setInt(2, SAMPLE_ROWS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return rows;
        });
    }
}
