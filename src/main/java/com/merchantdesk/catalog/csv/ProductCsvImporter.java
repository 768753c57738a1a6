package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.images.ImageFetchQueue;
import com.merchantdesk.store.SqlWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Imports products from a CSV file in the format of {@code docs/csv.md}, all or nothing: the whole file is
 * read and checked first, and any problem refuses the import with every bad row named; otherwise everything
 * is written in one transaction. Cells a spreadsheet app would run as formulas are imported as text and listed
 * in the result's {@code formulaCells}. Blocking: call from a background thread, never the FX thread.
 *
 * <p>Other writers (the window, another command) keep working while the file is read and checked: the plan is
 * made on a snapshot of the catalogue and its rows are staged in a scratch file ({@link ImportStaging}), and only
 * then does the import take the write lock, to copy them over ({@link StagedImportWriter}). Should another
 * writer have changed what the plan relied on meanwhile, the import plans again; its last try plans inside the
 * write transaction, so it always finishes.
 */
public final class ProductCsvImporter {

    /** The reason of the stock movements an import records. */
    public static final String STOCK_REASON = "CSV import";

    /** Plans made outside the write lock before the last one is made inside it. */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(ProductCsvImporter.class.getName());

    // Shares of the progress bar, as measured on a 100,000-row file (docs/benchmarks.md).
    private static final double READ_SHARE = 0.05;
    private static final double CHECK_SHARE = 0.15;
    private static final double STAGE_SHARE = 0.40;
    private static final double WRITE_SHARE = 0.40;

    private final CatalogService catalog;
    private final Clock clock;
    private final StagedImportWriter writer = new StagedImportWriter();

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
        return importFile(file, defaultCurrency, progress, cancelled, ImportPhases.NONE);
    }

    /** {@link #importFile(Path, Currency, CsvProgress, BooleanSupplier)}, telling {@code phases} how long each took. */
    public ImportResult importFile(Path file, Currency defaultCurrency, CsvProgress progress, BooleanSupplier cancelled,
                                   ImportPhases phases) {
        StagedProgress staged = new StagedProgress(progress);
        Cancellation cancellation = new Cancellation(cancelled, "csv.import.cancelled");
        long start = System.nanoTime();
        staged.step(READ_SHARE);
        CsvFileReader.Result parsed = new CsvFileReader(staged, cancellation).read(file);
        if (parsed.rows().isEmpty() && !parsed.errors().isEmpty()) {
            throw new CsvImportException(parsed.errors());
        }
        cancellation.check();
        phases.finished(ImportPhases.Phase.READ, System.nanoTime() - start);
        return importParsed(new ReadFile(file, parsed), defaultCurrency, staged, cancellation, phases);
    }

    /**
     * Reads {@code file} without touching the catalogue, to show what it is before the import starts
     * ({@link ReadFile#notes()}: "Shopify product CSV: 3 products, 16 variants", the columns not imported).
     *
     * @throws CsvImportException when the file itself cannot be read (encoding, header, shape)
     */
    public ReadFile read(Path file, CsvProgress progress, BooleanSupplier cancelled) {
        Cancellation cancellation = new Cancellation(cancelled, "csv.import.cancelled");
        StagedProgress staged = new StagedProgress(progress);
        staged.step(1.0);
        CsvFileReader.Result parsed = new CsvFileReader(staged, cancellation).read(file);
        if (parsed.rows().isEmpty() && !parsed.errors().isEmpty()) {
            throw new CsvImportException(parsed.errors());
        }
        cancellation.check();
        staged.finish();
        return new ReadFile(file, parsed);
    }

    /** Imports a file {@link #read} has read (its problems, if any, are reported now). */
    public ImportResult importFile(ReadFile read, Currency defaultCurrency, CsvProgress progress, BooleanSupplier cancelled) {
        StagedProgress staged = new StagedProgress(progress);
        Cancellation cancellation = new Cancellation(cancelled, "csv.import.cancelled");
        staged.step(READ_SHARE);
        staged.update(1, 1);
        return importParsed(read, defaultCurrency, staged, cancellation, ImportPhases.NONE);
    }

    private ImportResult importParsed(ReadFile read, Currency defaultCurrency, StagedProgress staged,
                                      Cancellation cancellation, ImportPhases phases) {
        CsvFileReader.Result parsed = read.parsed;
        Path file = read.file;
        Run run = new Run(parsed, defaultCurrency, clock.instant(), file.getFileName().toString(), cancellation, phases);
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            // Only the first try moves the bar: a retry must not run it past the end.
            StagedProgress shown = attempt == 1 ? staged : new StagedProgress(CsvProgress.NONE);
            try {
                ImportResult result = run.planAheadThenWrite(shown);
                staged.finish();
                return result;
            } catch (StagedImportWriter.StalePlan overtaken) {
                LOG.info("Import of " + file.getFileName() + " planned again: " + overtaken.getMessage());
            }
        }
        ImportResult result = run.planWhileWriting();
        staged.finish();
        return result;
    }

    /** A file read and not yet imported: what it is ({@link #notes()}) and its rows. */
    public static final class ReadFile {
        private final Path file;
        private final CsvFileReader.Result parsed;

        ReadFile(Path file, CsvFileReader.Result parsed) {
            this.file = file;
            this.parsed = parsed;
        }

        public Path file() { return file; }

        public ImportNotes notes() { return parsed.notes(); }
    }

    /** One import's file and settings, planned and written once or more. */
    private final class Run {

        private final CsvFileReader.Result parsed;
        private final Currency defaultCurrency;
        private final Instant now;
        private final String reference;
        private final Cancellation cancellation;
        private final ImportPhases phases;

        Run(CsvFileReader.Result parsed, Currency defaultCurrency, Instant now, String reference,
            Cancellation cancellation, ImportPhases phases) {
            this.parsed = parsed;
            this.defaultCurrency = defaultCurrency;
            this.now = now;
            this.reference = reference;
            this.cancellation = cancellation;
            this.phases = phases;
        }

        /** Plans on a snapshot and stages the rows while others may write; then writes them if still true. */
        ImportResult planAheadThenWrite(StagedProgress progress) {
            long start = System.nanoTime();
            progress.step(CHECK_SHARE);
            List<PlannedProduct> plan = catalog.database().readSnapshot(c -> plan(c, progress));
            phases.finished(ImportPhases.Phase.CHECK, System.nanoTime() - start);
            try (ImportStaging staging = ImportStaging.create()) {
                start = System.nanoTime();
                progress.step(STAGE_SHARE);
                staging.fill(plan, cancellation, progress);
                cancellation.check();
                phases.finished(ImportPhases.Phase.STAGE, System.nanoTime() - start);
                progress.step(WRITE_SHARE);
                return write(staging, c -> {
                    int movements = writer.apply(c, true, reference, now, cancellation, progress);
                    return result(plan, movements, queueImages(c, plan, now));
                });
            }
        }

        /** The last try: plans and stages inside the write transaction, where nothing can overtake it. */
        ImportResult planWhileWriting() {
            StagedProgress silent = new StagedProgress(CsvProgress.NONE);
            try (ImportStaging staging = ImportStaging.create()) {
                return write(staging, c -> {
                    List<PlannedProduct> plan = plan(c, silent);
                    ImportStaging.fill(c, ImportStaging.SCHEMA, plan, cancellation, silent);
                    int movements = writer.apply(c, false, reference, now, cancellation, silent);
                    return result(plan, movements, queueImages(c, plan, now));
                });
            }
        }

        private ImportResult write(ImportStaging staging, SqlWork<ImportResult> work) {
            long start = System.nanoTime();
            ImportResult result = catalog.database().writeAttaching(staging.file(), ImportStaging.SCHEMA, work);
            phases.finished(ImportPhases.Phase.APPLY, System.nanoTime() - start);
            // One transaction of up to 100,000 rows: its WAL (about 100 MB) goes into the file and away now.
            catalog.database().checkpoint();
            return result;
        }

        /** Every row checked against the file and {@code c}'s catalogue; throws when any is bad. */
        private List<PlannedProduct> plan(Connection c, StagedProgress progress) throws SQLException {
            ErrorList errors = new ErrorList(parsed.names(), parsed.rows());
            errors.addAll(parsed.errors());
            List<PlannedProduct> plan = new ImportPlanner(defaultCurrency, now, errors, cancellation, progress)
                    .plan(c, parsed.rows());
            if (!errors.isEmpty()) {
                throw new CsvImportException(errors.list());
            }
            cancellation.check();
            return plan;
        }

        /** The file's images, to fetch once this transaction has committed; the count newly queued. */
        private int queueImages(Connection c, List<PlannedProduct> plan, Instant at) throws SQLException {
            int queued = 0;
            for (PlannedProduct p : plan) {
                if (!p.imageSources().isEmpty()) {
                    queued += ImageFetchQueue.enqueue(c, p.productId(), p.imageSources(), at);
                }
            }
            return queued;
        }

        private ImportResult result(List<PlannedProduct> plan, int movements, int imagesQueued) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int skusCreated = 0;
            int skusUpdated = 0;
            for (PlannedProduct p : plan) {
                if (p.unchanged()) {
                    unchanged++;
                    continue;
                }
                if (p.isNew()) {
                    created++;
                } else {
                    updated++;
                }
                skusCreated += p.skusCreated();
                skusUpdated += p.skusUpdated();
            }
            return new ImportResult(parsed.rows().size(), created, updated, unchanged, skusCreated, skusUpdated, movements)
                    .withFormulaCells(parsed.formulaCells()).withNotes(parsed.notes(), imagesQueued);
        }
    }
}
