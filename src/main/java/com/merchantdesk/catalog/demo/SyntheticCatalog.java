package com.merchantdesk.catalog.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.catalog.Barcode;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.catalog.demo.SyntheticWords.Category;
import com.merchantdesk.catalog.demo.SyntheticWords.Colour;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark-scale catalogues: N SKUs in products of one to five SKUs, written straight with batched SQL in
 * one transaction (100,000 SKUs in seconds instead of minutes through {@code CatalogService}).
 *
 * <p>The rows are what {@code CatalogService.save} and {@code StockLedger.record} would write: products, SKUs,
 * a {@code stock_level} row per SKU, a RECEIVED movement for stocked SKUs with the level equal to the ledger
 * sum, and the SKU's {@code sku_search} words from {@link SearchText#terms}. Only the outbox rows are left out,
 * on purpose: synthetic data stands for a catalogue that already exists on the platform, and hundreds of
 * thousands of pending pushes would make every sync measurement measure this generator instead.
 *
 * <p>The same seed gives the same titles, codes, prices and stock on an empty database. Codes and barcodes
 * are derived from the SKU number, so a second run adds new, still unique SKUs. Blocking.
 */
public final class SyntheticCatalog {

    public static final int MAX_SKUS = 5_000_000;
    private static final int BATCH = 2_000;

    private final Database db;
    private final Clock clock;

    public SyntheticCatalog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds {@code skuCount} SKUs priced in {@code currency}. */
    public SyntheticSummary generate(int skuCount, long seed, Currency currency) {
        if (skuCount < 1 || skuCount > MAX_SKUS) {
            throw new IllegalArgumentException("skuCount must be between 1 and " + MAX_SKUS);
        }
        long started = System.nanoTime();
        int[] counts = db.write(c -> new Writer(c, new Random(seed), new PriceScale(currency)).write(skuCount));
        // Merge the index's segments once, so search at this scale is measured as a settled catalogue.
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO sku_search(sku_search) VALUES ('optimize')");
            }
            return null;
        });
        // The SKUs were one transaction (about 100 MB of WAL for 100,000): into the file, and the WAL cut to nothing.
        db.checkpoint();
        return new SyntheticSummary(counts[0], skuCount, counts[1], Duration.ofNanos(System.nanoTime() - started));
    }

    /** One run's statements and counters, on the write transaction's connection. */
    private final class Writer {
        private final Connection c;
        private final Random random;
        private final PriceScale prices;
        private final long now = clock.millis();
        private final PreparedStatement product;
        private final PreparedStatement sku;
        private final PreparedStatement level;
        private final PreparedStatement movement;
        private final PreparedStatement search;
        private final List<PreparedStatement> all;
        private long skuNo;
        private int pending;
        private int movements;

        Writer(Connection c, Random random, PriceScale prices) throws SQLException {
            this.c = c;
            this.random = random;
            this.prices = prices;
            product = c.prepareStatement("INSERT INTO product(id, title, description, category, status, option_names, "
                    + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)");
            sku = c.prepareStatement("INSERT INTO sku(sku_no, id, product_id, position, code, option_values, barcode, "
                    + "barcode_type, currency, price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            level = c.prepareStatement("INSERT INTO stock_level(sku_id, on_hand, reserved) VALUES (?,?,0)");
            movement = c.prepareStatement("INSERT INTO stock_movement(id, sku_id, kind, delta, on_hand_after, reason, note, "
                    + "reference, occurred_at) VALUES (?,?,?,?,?,?,'',?,?)");
            search = c.prepareStatement("INSERT INTO sku_search(rowid, terms) VALUES (?,?)");
            all = List.of(product, sku, level, movement, search);
        }

        int[] write(int skuCount) throws SQLException {
            try {
                skuNo = maxSkuNo();
                int products = 0;
                int remaining = skuCount;
                while (remaining > 0) {
                    int size = Math.min(remaining, skusPerProduct());
                    writeProduct(size);
                    remaining -= size;
                    products++;
                }
                flush();
                return new int[] {products, movements};
            } finally {
                for (PreparedStatement ps : all) {
                    ps.close();
                }
            }
        }

        private long maxSkuNo() throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(sku_no), 0) FROM sku")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** 30% single SKUs, the rest two to five variants: about 2.6 SKUs per product. */
        private int skusPerProduct() {
            int roll = random.nextInt(100);
            return roll < 30 ? 1 : roll < 50 ? 2 : roll < 70 ? 3 : roll < 85 ? 4 : 5;
        }

        private void writeProduct(int size) throws SQLException {
            Category category = SyntheticWords.pick(SyntheticWords.CATEGORIES, random);
            String title = title(category);
            long productNo = skuNo + 1;
            String productId = Ids.newIdString();
            List<String> optionNames = size == 1 ? List.of() : size <= 3 ? List.of("Colour") : List.of("Colour", category.sizeOption());
            List<List<String[]>> variants = variants(size, category);
            ProductStatus status = status();
            long created = now - (long) random.nextInt(365 * 24 * 60) * 60_000L;
            long usdCents = 300 + random.nextInt(12_000);
            boolean onSale = random.nextInt(5) == 0;

            product.setString(1, productId);
            product.setString(2, title);
            product.setString(3, title + " from our " + category.name().toLowerCase(Locale.ROOT) + " range.");
            product.setString(4, category.name());
            product.setString(5, status.name());
            product.setString(6, json(optionNames));
            product.setLong(7, created);
            product.setLong(8, created);
            product.addBatch();

            for (int position = 0; position < size; position++) {
                skuNo++;
                List<String[]> variant = variants.get(position);
                List<String> values = variant.stream().map(v -> v[0]).toList();
                StringBuilder code = new StringBuilder(String.format(Locale.ROOT, "%s-%06d", category.codePrefix(), productNo));
                variant.forEach(v -> code.append('-').append(v[1]));
                String barcode = random.nextInt(100) < 5 ? null : ean13(skuNo);
                // Larger sizes cost a little more; colours do not change the price.
                long skuCents = usdCents + (size >= 4 ? position % 2 : 0) * (usdCents / 20);
                int reorderPoint = random.nextInt(100) < 20 ? 0 : 2 + random.nextInt(19);
                String skuId = Ids.newIdString();

                sku.setLong(1, skuNo);
                sku.setString(2, skuId);
                sku.setString(3, productId);
                sku.setInt(4, position);
                sku.setString(5, code.toString());
                sku.setString(6, json(values));
                sku.setString(7, barcode);
                sku.setString(8, barcode == null ? null : Barcode.Symbology.EAN_13.name());
                sku.setString(9, prices.currency().getCurrencyCode());
                long price = prices.shelfPrice(skuCents).minorUnits();
                sku.setLong(10, price);
                if (onSale) {
                    sku.setLong(11, Math.max(price, prices.shelfPrice(skuCents * (120 + random.nextInt(40)) / 100).minorUnits()));
                } else {
                    sku.setNull(11, Types.INTEGER);
                }
                sku.setLong(12, prices.exact(skuCents * (30 + random.nextInt(30)) / 100).minorUnits());
                sku.setInt(13, 20 + random.nextInt(3000));
                sku.setInt(14, reorderPoint);
                sku.addBatch();

                long onHand = stock(status, reorderPoint);
                level.setString(1, skuId);
                level.setLong(2, onHand);
                level.addBatch();
                if (onHand > 0) {
                    movement.setString(1, Ids.newIdString());
                    movement.setString(2, skuId);
                    movement.setString(3, MovementKind.RECEIVED.name());
                    movement.setLong(4, onHand);
                    movement.setLong(5, onHand);
                    movement.setString(6, "Supplier delivery");
                    movement.setString(7, "PO-" + productNo);
                    movement.setLong(8, created + 86_400_000L);
                    movement.addBatch();
                    movements++;
                }
                search.setLong(1, skuNo);
                search.setString(2, SearchText.terms(title, category.name(), values, code.toString(), barcode));
                search.addBatch();
                if (++pending >= BATCH) {
                    flush();
                }
            }
        }

        private void flush() throws SQLException {
            for (PreparedStatement ps : all) {
                ps.executeBatch();
            }
            pending = 0;
        }

        /** Mostly "Brand Adjective [Material] Noun"; about 6% Korean and 3% Chinese titles. */
        private String title(Category category) {
            int roll = random.nextInt(100);
            if (roll < 6) {
                return SyntheticWords.pick(SyntheticWords.KO_STYLES, random) + " " + SyntheticWords.pick(SyntheticWords.KO_NOUNS, random);
            }
            if (roll < 9) {
                return SyntheticWords.pick(SyntheticWords.ZH_STYLES, random) + SyntheticWords.pick(SyntheticWords.ZH_NOUNS, random);
            }
            StringBuilder title = new StringBuilder(SyntheticWords.pick(SyntheticWords.BRANDS, random)).append(' ')
                    .append(SyntheticWords.pick(SyntheticWords.ADJECTIVES, random)).append(' ');
            if (random.nextInt(100) < 55) {
                title.append(SyntheticWords.pick(SyntheticWords.MATERIALS, random)).append(' ');
            }
            return title.append(SyntheticWords.pick(category.nouns(), random)).toString();
        }

        /** {value, code} pairs per SKU: distinct colours, or distinct colour and size pairs for four or more. */
        private List<List<String[]>> variants(int size, Category category) {
            List<List<String[]>> result = new ArrayList<>();
            if (size == 1) {
                result.add(List.of());
                return result;
            }
            List<Colour> colours = new ArrayList<>(SyntheticWords.COLOURS);
            Collections.shuffle(colours, random);
            if (size <= 3) {
                for (int i = 0; i < size; i++) {
                    result.add(List.<String[]>of(new String[] {colours.get(i).name(), colours.get(i).code()}));
                }
                return result;
            }
            List<String> sizes = category.sizes();
            int first = random.nextInt(Math.max(1, sizes.size() - 1));
            for (int i = 0; i < size; i++) {
                Colour colour = colours.get(i / 2);
                String value = sizes.get(Math.min(sizes.size() - 1, first + i % 2));
                result.add(List.of(new String[] {colour.name(), colour.code()},
                        new String[] {value, value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT)}));
            }
            return result;
        }

        private ProductStatus status() {
            int roll = random.nextInt(100);
            return roll < 6 ? ProductStatus.DRAFT : roll < 9 ? ProductStatus.ARCHIVED : ProductStatus.ACTIVE;
        }

        /** Drafts and 8% of the rest have none; about 6% are at or below their reorder point. */
        private long stock(ProductStatus status, int reorderPoint) {
            if (status == ProductStatus.DRAFT || random.nextInt(100) < 8) {
                return 0;
            }
            if (reorderPoint > 0 && random.nextInt(100) < 7) {
                return 1 + random.nextInt(reorderPoint);
            }
            return 1 + random.nextInt(200);
        }
    }

    /** GS1 prefix 20 (numbers for in-store use) with the SKU number, so codes never repeat. */
    static String ean13(long skuNo) {
        String payload = String.format(Locale.ROOT, "20%010d", skuNo);
        return payload + Barcode.checkDigit(payload);
    }

    private static String json(List<String> values) {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode " + values, e);
        }
    }
}
