package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.SqliteNativeLibrary;
import com.merchantdesk.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * An import's rows exactly as the catalogue will hold them, in a scratch SQLite file of their own: written while
 * other processes may still write to the catalogue, so that the import's write transaction only copies them over
 * ({@link StagedImportWriter}). Holds the products to write (new or changed, with every SKU, the search words
 * and the outbox payload) and the stock counts, each with fresh ids for the movement and outbox rows it may need.
 * The file is deleted on {@link #close}; it holds only what the CSV file held.
 */
final class ImportStaging implements AutoCloseable {

    /** The schema name the import's write transaction attaches the file under. */
    static final String SCHEMA = "staged";

    private static final int CHECK_EVERY = 500;

    private final Path file;

    private ImportStaging(Path file) { this.file = file; }

    /** A new, empty staging file in the system's temporary folder (readable by this user only). */
    static ImportStaging create() {
        Path file = null;
        try {
            file = Files.createTempFile("merchant-desk-import-", ".db");
            try (Connection c = connect(file); Statement st = c.createStatement()) {
                for (String sql : SCHEMA_SQL) {
                    st.execute(sql);
                }
            }
            return new ImportStaging(file);
        } catch (IOException | SQLException e) {
            deleteQuietly(file);
            throw new StoreException("Cannot prepare the import in a temporary file: " + e.getMessage(), e);
        }
    }

    private static final List<String> SCHEMA_SQL = List.of(
            "CREATE TABLE product (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, is_new INTEGER NOT NULL, "
                    + "before_updated_at INTEGER, title TEXT NOT NULL, description TEXT NOT NULL, category TEXT NOT NULL, "
                    + "status TEXT NOT NULL, option_names TEXT NOT NULL, created_at INTEGER NOT NULL, "
                    + "updated_at INTEGER NOT NULL, outbox_key TEXT NOT NULL, payload TEXT NOT NULL)",
            "CREATE TABLE sku (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, product_id TEXT NOT NULL, "
                    + "product_is_new INTEGER NOT NULL, position INTEGER NOT NULL, code TEXT NOT NULL, "
                    + "option_values TEXT NOT NULL, barcode TEXT, barcode_type TEXT, currency TEXT NOT NULL, "
                    + "price_minor INTEGER NOT NULL, compare_at_minor INTEGER, cost_minor INTEGER, weight_grams INTEGER, "
                    + "reorder_point INTEGER NOT NULL, bin_location TEXT NOT NULL, hs_code TEXT NOT NULL, "
                    + "origin_country TEXT NOT NULL, terms TEXT NOT NULL)",
            "CREATE TABLE stock_count (ord INTEGER PRIMARY KEY, sku_id TEXT NOT NULL UNIQUE, on_hand INTEGER NOT NULL, "
                    + "movement_id TEXT NOT NULL, outbox_key TEXT NOT NULL)");

    Path file() { return file; }

    /** Fills the file through its own connection: nothing of the catalogue is locked meanwhile. */
    void fill(List<PlannedProduct> plan, Cancellation cancellation, StagedProgress progress) {
        try (Connection c = connect(file)) {
            c.setAutoCommit(false);
            fill(c, "main", plan, cancellation, progress);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot prepare the import in a temporary file: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the plan into the tables of {@code schema} on {@code c}: {@code main} on the file's own connection,
     * {@link #SCHEMA} on the write connection that has it attached.
     */
    static void fill(Connection c, String schema, List<PlannedProduct> plan, Cancellation cancellation,
                     StagedProgress progress) throws SQLException {
        try (PreparedStatement product = c.prepareStatement("INSERT INTO " + schema + ".product(id, is_new, "
                + "before_updated_at, title, description, category, status, option_names, created_at, updated_at, "
                + "outbox_key, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement sku = c.prepareStatement("INSERT INTO " + schema + ".sku(id, product_id, product_is_new, "
                     + "position, code, option_values, barcode, barcode_type, currency, price_minor, compare_at_minor, "
                     + "cost_minor, weight_grams, reorder_point, bin_location, hs_code, origin_country, terms) "
                     + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement count = c.prepareStatement("INSERT INTO " + schema + ".stock_count(sku_id, on_hand, "
                     + "movement_id, outbox_key) VALUES (?,?,?,?)")) {
            int done = 0;
            for (PlannedProduct p : plan) {
                if (++done % CHECK_EVERY == 0) {
                    cancellation.check();
                    progress.update(done, plan.size());
                }
                if (!p.unchanged()) {
                    addProduct(product, sku, p);
                }
                for (PlannedProduct.StockCount stockCount : p.counts()) {
                    count.setString(1, stockCount.skuId());
                    count.setLong(2, stockCount.onHand());
                    count.setString(3, Ids.newIdString());
                    count.setString(4, Ids.newIdString());
                    count.executeUpdate();
                }
            }
            progress.update(plan.size(), plan.size());
        }
    }

    private static void addProduct(PreparedStatement product, PreparedStatement sku, PlannedProduct planned)
            throws SQLException {
        Product p = planned.product();
        product.setString(1, p.id());
        product.setInt(2, planned.isNew() ? 1 : 0);
        if (planned.beforeUpdatedAt() == null) {
            product.setNull(3, Types.INTEGER);
        } else {
            product.setLong(3, planned.beforeUpdatedAt().toEpochMilli());
        }
        product.setString(4, p.title());
        product.setString(5, p.description());
        product.setString(6, p.category());
        product.setString(7, p.status().name());
        product.setString(8, json(p.optionNames()));
        product.setLong(9, p.createdAt().toEpochMilli());
        product.setLong(10, p.updatedAt().toEpochMilli());
        product.setString(11, Ids.newIdString());
        product.setString(12, planned.outboxRows());
        product.executeUpdate();
        for (int i = 0; i < p.skus().size(); i++) {
            Sku s = p.skus().get(i);
            String barcode = s.barcode() == null ? null : s.barcode().value();
            sku.setString(1, s.id());
            sku.setString(2, p.id());
            sku.setInt(3, planned.isNew() ? 1 : 0);
            sku.setInt(4, i);
            sku.setString(5, s.code());
            sku.setString(6, json(s.optionValues()));
            sku.setString(7, barcode);
            sku.setString(8, s.barcode() == null ? null : s.barcode().symbology().name());
            sku.setString(9, s.price().currency().getCurrencyCode());
            sku.setLong(10, s.price().minorUnits());
            setMinor(sku, 11, s.compareAtPrice());
            setMinor(sku, 12, s.cost());
            if (s.weightGrams() == null) {
                sku.setNull(13, Types.INTEGER);
            } else {
                sku.setInt(13, s.weightGrams());
            }
            sku.setInt(14, s.reorderPoint());
            sku.setString(15, s.binLocation());
            sku.setString(16, s.hsCode());
            sku.setString(17, s.originCountry());
            sku.setString(18, SearchText.terms(p.title(), p.category(), s.optionValues(), s.code(), barcode));
            sku.executeUpdate();
        }
    }

    private static void setMinor(PreparedStatement ps, int index, com.merchantdesk.kernel.Money money) throws SQLException {
        if (money == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, money.minorUnits());
        }
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode " + value, e);
        }
    }

    /** A scratch file: nothing in it outlives the import, so it need not survive a power cut. */
    private static Connection connect(Path file) throws SQLException {
        SqliteNativeLibrary.prepare();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = OFF");
            st.execute("PRAGMA synchronous = OFF");
        }
        return c;
    }

    @Override
    public void close() { deleteQuietly(file); }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a file in the temporary folder; the system clears it in time
        }
    }
}
