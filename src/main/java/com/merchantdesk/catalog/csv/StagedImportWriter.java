package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.CatalogWire;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.store.Outbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The import's write transaction: copies the rows {@link ImportStaging} prepared into the catalogue with one
 * statement per step, so the write lock is held for as long as SQLite needs to copy them, not for reading and
 * checking the file. The rows are what {@code CatalogService.save} and {@code StockLedger.record} would write
 * for each product (the SKUs, their stock levels and search words, the outbox rows), and the stock counts go
 * through {@link StockLedger#recordCounts}.
 *
 * <p>A plan made before the write may have been overtaken by another writer: {@link #apply} then throws
 * {@link StalePlan} before anything is kept (the transaction rolls back), and the import plans again.
 */
final class StagedImportWriter {

    /** The catalogue changed since the plan was made: a product it updates, or a code or barcode it takes. */
    static final class StalePlan extends RuntimeException {
        StalePlan(String what) { super(what, null, false, false); }
    }

    private static final int SQLITE_CONSTRAINT = 19;
    private static final String S = ImportStaging.SCHEMA;

    private static final List<String> PRODUCT_STEPS = List.of(
            // Old search words of the SKUs of changed products; rewritten below.
            "DELETE FROM main.sku_search WHERE rowid IN (SELECT m.sku_no FROM " + S + ".sku t CROSS JOIN main.sku m "
                    + "ON m.id = t.id WHERE t.product_is_new = 0)",
            // Codes and barcodes may move between a product's SKUs: park them, as CatalogRepository.update does.
            "UPDATE main.sku SET code = ' ' || id, barcode = NULL, barcode_type = NULL "
                    + "WHERE product_id IN (SELECT id FROM " + S + ".product WHERE is_new = 0)",
            "INSERT INTO main.product(id, title, description, category, status, option_names, created_at, updated_at) "
                    + "SELECT id, title, description, category, status, option_names, created_at, updated_at FROM " + S
                    + ".product WHERE true ORDER BY ord ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                    + "description = excluded.description, category = excluded.category, status = excluded.status, "
                    + "option_names = excluded.option_names, updated_at = excluded.updated_at",
            "INSERT INTO main.sku(id, product_id, position, code, option_values, barcode, barcode_type, currency, "
                    + "price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, bin_location, hs_code, "
                    + "origin_country) "
                    + "SELECT id, product_id, position, code, option_values, barcode, barcode_type, currency, price_minor, "
                    + "compare_at_minor, cost_minor, weight_grams, reorder_point, bin_location, hs_code, origin_country "
                    + "FROM " + S + ".sku WHERE true ORDER BY ord "
                    + "ON CONFLICT(id) DO UPDATE SET position = excluded.position, code = excluded.code, "
                    + "option_values = excluded.option_values, barcode = excluded.barcode, "
                    + "barcode_type = excluded.barcode_type, currency = excluded.currency, "
                    + "price_minor = excluded.price_minor, compare_at_minor = excluded.compare_at_minor, "
                    + "cost_minor = excluded.cost_minor, weight_grams = excluded.weight_grams, "
                    + "reorder_point = excluded.reorder_point, bin_location = excluded.bin_location, "
                    + "hs_code = excluded.hs_code, origin_country = excluded.origin_country",
            "INSERT OR IGNORE INTO main.stock_level(sku_id) SELECT id FROM " + S + ".sku ORDER BY ord",
            "INSERT INTO main.sku_search(rowid, terms) SELECT m.sku_no, t.terms FROM " + S + ".sku t "
                    + "CROSS JOIN main.sku m ON m.id = t.id ORDER BY t.ord");

    private final StockLedger ledger = new StockLedger();

    /**
     * Writes the staged rows on {@code c} (inside the import's write transaction, with the staging file attached)
     * and returns how many stock movements the counts recorded.
     *
     * @param checkFresh whether the plan was made outside this transaction and must be checked against the
     *                   catalogue as it is now
     * @throws StalePlan when {@code checkFresh} and another writer changed what the plan relied on
     */
    int apply(Connection c, boolean checkFresh, String reference, Instant now, Cancellation cancellation,
              StagedProgress progress) throws SQLException {
        int steps = PRODUCT_STEPS.size() + 2;
        int step = 0;
        if (checkFresh && count(c, "SELECT count(*) FROM " + S + ".product t LEFT JOIN main.product p ON p.id = t.id "
                + "WHERE t.is_new = 0 AND (p.id IS NULL OR p.updated_at <> t.before_updated_at)") > 0) {
            throw new StalePlan("a product the file updates was changed or deleted meanwhile");
        }
        try (Statement st = c.createStatement()) {
            for (String sql : PRODUCT_STEPS) {
                cancellation.check();
                st.executeUpdate(sql);
                progress.update(++step, steps);
            }
        } catch (SQLException e) {
            if (checkFresh && (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
                throw new StalePlan("a SKU code or barcode the file adds was taken meanwhile: " + e.getMessage());
            }
            throw e;
        }
        // Each product's rows (OutboxRows), keyed by the product's staged key and the row's place.
        Outbox.appendSelected(c, "SELECT t.outbox_key || '/' || e.key, e.value ->> '$.entity_type', "
                + "e.value ->> '$.entity_id', e.value ->> '$.operation', e.value ->> '$.payload', t.updated_at "
                + "FROM " + S + ".product t, json_each(t.payload) e ORDER BY t.ord, e.key",
                "SELECT o.seq, '" + CatalogWire.PRODUCT + "' AS entity_type, s.product_id AS entity_id FROM outbox o "
                        + "JOIN sku s ON s.id = o.entity_id WHERE o.entity_type = '" + CatalogWire.SKU + "'");
        progress.update(++step, steps);
        cancellation.check();
        if (checkFresh && count(c, "SELECT count(*) FROM " + S + ".stock_count n LEFT JOIN main.stock_level l "
                + "ON l.sku_id = n.sku_id WHERE l.sku_id IS NULL") > 0) {
            throw new StalePlan("a SKU the file counts was deleted meanwhile");
        }
        int movements = ledger.recordCounts(c, S + ".stock_count", ProductCsvImporter.STOCK_REASON, reference, now);
        progress.update(++step, steps);
        cancellation.check();
        return movements;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
