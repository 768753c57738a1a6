package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.kernel.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Imports products from a CSV file in the format of {@code docs/csv.md}, all or nothing: the whole file is
 * read and checked first, and any problem refuses the import with every bad row named; otherwise everything
 * is written in one transaction. Cells a spreadsheet app would run as formulas are imported as text and listed in
 * the result's {@code formulaCells}. Blocking: call from a background thread, never the FX thread.
 */
public final class ProductCsvImporter {

    /** The reason of the stock movements an import records. */
    public static final String STOCK_REASON = "CSV import";

    // Shares of the progress bar, as measured on a 100,000-row file: writing takes most of the time.
    private static final double READ_SHARE = 0.04;
    private static final double CHECK_SHARE = 0.05;
    private static final double WRITE_SHARE = 0.91;

    private final CatalogService catalog;
    private final Clock clock;
    private final StockLedger ledger = new StockLedger();

    public ProductCsvImporter(CatalogService catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Imports without progress or cancellation. */
    public ImportResult importFile(Path file, Currency defaultCurrency) {
        return importFile(file, defaultCurrency, CsvProgress.NONE, () -> false);
    }

    /**
     * Imports {@code file}.
     *
     * @param defaultCurrency the currency of rows whose {@code currency} cell is empty (when the SKU is new)
     * @param progress        told how far the import has come (reading, checking, writing)
     * @param cancelled       asked regularly; when it answers true the import stops and changes nothing
     * @throws CsvImportException    when the file has any problem; nothing was changed
     * @throws CancellationException when cancelled; nothing was changed
     */
    public ImportResult importFile(Path file, Currency defaultCurrency, CsvProgress progress, BooleanSupplier cancelled) {
        StagedProgress staged = new StagedProgress(progress);
        Cancellation cancellation = new Cancellation(cancelled, "csv.import.cancelled");
        staged.step(READ_SHARE);
        CsvFileReader.Result parsed = new CsvFileReader(staged, cancellation).read(file);
        ErrorList errors = new ErrorList();
        errors.addAll(parsed.errors());
        if (parsed.rows().isEmpty() && !errors.isEmpty()) {
            throw new CsvImportException(errors.list());
        }
        cancellation.check();
        Instant now = clock.instant();
        String reference = file.getFileName().toString();
        ImportResult imported = catalog.database().write(c -> {
            staged.step(CHECK_SHARE);
            List<PlannedProduct> plan = new ImportPlanner(defaultCurrency, now, errors, cancellation, staged)
                    .plan(c, parsed.rows());
            if (!errors.isEmpty()) {
                throw new CsvImportException(errors.list());
            }
            staged.step(WRITE_SHARE);
            ImportResult result = write(c, plan, parsed.rows().size(), now, reference, cancellation, staged);
            cancellation.check();
            staged.finish();
            return result.withFormulaCells(parsed.formulaCells());
        });
        // One transaction of up to 100,000 rows: its WAL (about 100 MB) goes into the file and away now.
        catalog.database().checkpoint();
        return imported;
    }

    private ImportResult write(Connection c, List<PlannedProduct> plan, int rows, Instant now, String reference,
                               Cancellation cancellation, StagedProgress progress) throws SQLException {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skusCreated = 0;
        int skusUpdated = 0;
        int movements = 0;
        long written = 0;
        for (PlannedProduct p : plan) {
            cancellation.check();
            if (p.unchanged()) {
                unchanged++;
            } else {
                save(c, p);
                if (p.isNew()) {
                    created++;
                } else {
                    updated++;
                }
                skusCreated += p.skusCreated();
                skusUpdated += p.skusUpdated();
            }
            for (PlannedProduct.StockCount count : p.counts()) {
                long onHand = ledger.onHand(c, count.skuId());
                if (onHand != count.onHand()) {
                    ledger.record(c, count.skuId(), MovementKind.COUNTED, count.onHand() - onHand, STOCK_REASON, "",
                            reference, now);
                    movements++;
                }
            }
            written += p.fileSkus();
            progress.update(written, rows);
        }
        return new ImportResult(rows, created, updated, unchanged, skusCreated, skusUpdated, movements);
    }

    /** The planner checked what save checks; should the store still refuse, the seller gets the same kind of report. */
    private void save(Connection c, PlannedProduct p) throws SQLException {
        try {
            catalog.save(c, p.product());
        } catch (ValidationException e) {
            throw new CsvImportException(e.errors().stream().map(p.errors()::map).toList());
        }
    }
}
