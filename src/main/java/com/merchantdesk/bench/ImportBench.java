package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.csv.CsvProgress;
import com.merchantdesk.catalog.csv.ExportFormat;
import com.merchantdesk.catalog.csv.ExportResult;
import com.merchantdesk.catalog.csv.ImportPhases;
import com.merchantdesk.catalog.csv.ImportResult;
import com.merchantdesk.catalog.csv.ProductCsvExporter;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.store.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * CSV import at benchmark scale: the generated catalogue is exported once to a CSV file, which is then
 * imported several times, each time into a fresh, empty data folder (so every run does the same work: all
 * products and SKUs created, one stock count per stocked SKU). Only the import itself is timed, not opening
 * the empty folder; its phases are timed too, above all the apply, the only one that holds the write lock
 * (nothing else writes here, so the apply's time from asking for the lock to releasing it is the time it
 * holds it).
 */
public final class ImportBench {

    /** The timings, the file's size and what one import wrote. */
    public record Result(Stats importStats, Stats exportStats, ExportResult exported, long fileBytes, ImportResult imported,
                         Stats applyStats, List<Stats> phases, Stats shopifyStats, long shopifyBytes) {

        /** The Shopify file's median import time over ours (issue 18: at most 1.5). */
        public double shopifyRatio() { return shopifyStats.medianMs() / importStats.medianMs(); }
    }

    private final Path workDir;
    private final Clock clock;

    public ImportBench(Path workDir, Clock clock) {
        this.workDir = workDir;
        this.clock = clock;
    }

    /** Exports {@code source}'s catalogue and imports it {@code runs} times; {@code beforeRun} gets the run's number. */
    public Result run(AppContext source, int runs, Currency currency, IntConsumer beforeRun) throws IOException {
        Path csv = workDir.resolve("catalogue.csv");
        long exportStart = System.nanoTime();
        ExportResult exported = new ProductCsvExporter(source.database()).exportFile(csv);
        double exportMillis = (System.nanoTime() - exportStart) / 1e6;
        // The same catalogue as Shopify's product CSV (its template's 33 columns, HTML descriptions).
        Path shopify = workDir.resolve("catalogue-shopify.csv");
        new ProductCsvExporter(source.database()).exportFile(shopify, ExportFormat.SHOPIFY);
        List<Double> shopifyMillis = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        Map<ImportPhases.Phase, List<Double>> phaseMillis = new EnumMap<>(ImportPhases.Phase.class);
        ImportResult imported = null;
        for (int i = 1; i <= runs; i++) {
            beforeRun.accept(i);
            // Ours and Shopify's in turn, which one first alternating, so a busier moment weighs on both alike.
            boolean shopifyFirst = i % 2 == 0;
            if (shopifyFirst) {
                shopifyMillis.add(timeShopify(shopify, currency, i));
            }
            Path folder = workDir.resolve("import-" + i);
            try (AppContext fresh = AppContext.open(new DataDirectory(folder), clock)) {
                long start = System.nanoTime();
                imported = new ProductCsvImporter(fresh.catalog(), clock).importFile(csv, currency, CsvProgress.NONE,
                        () -> false, (phase, nanos) -> phaseMillis.computeIfAbsent(phase, p -> new ArrayList<>())
                                .add(nanos / 1e6));
                millis.add((System.nanoTime() - start) / 1e6);
            } finally {
                // Each copy of a 100,000-SKU catalogue takes tens of megabytes; keep only one at a time.
                WorkFolder.deleteTree(folder);
            }
            if (!shopifyFirst) {
                shopifyMillis.add(timeShopify(shopify, currency, i));
            }
        }
        List<Stats> phases = new ArrayList<>();
        phaseMillis.forEach((phase, times) -> phases.add(Stats.of(phaseName(phase), times)));
        return new Result(Stats.of(String.format(Locale.ROOT, "import of a %,d-row CSV", exported.rows()), millis),
                Stats.of("export (once, for the file above)", List.of(exportMillis)), exported, Files.size(csv), imported,
                Stats.of("write lock held (the apply)", phaseMillis.get(ImportPhases.Phase.APPLY)), phases,
                Stats.of("import of the same catalogue as a Shopify product CSV", shopifyMillis), Files.size(shopify));
    }

    /** One import of the Shopify file into a fresh folder, in milliseconds. */
    private double timeShopify(Path shopify, Currency currency, int run) throws IOException {
        Path folder = workDir.resolve("import-shopify-" + run);
        try (AppContext fresh = AppContext.open(new DataDirectory(folder), clock)) {
            long start = System.nanoTime();
            new ProductCsvImporter(fresh.catalog(), clock).importFile(shopify, currency);
            return (System.nanoTime() - start) / 1e6;
        } finally {
            WorkFolder.deleteTree(folder);
        }
    }

    private static String phaseName(ImportPhases.Phase phase) {
        return switch (phase) {
            case READ -> "read and parse the file";
            case CHECK -> "check against the catalogue";
            case STAGE -> "stage the rows in a scratch file";
            case APPLY -> "apply in one transaction";
        };
    }
}
