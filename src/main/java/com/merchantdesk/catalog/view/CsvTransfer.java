package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.csv.CsvImportException;
import com.merchantdesk.catalog.csv.CsvWarnings;
import com.merchantdesk.catalog.csv.ExportFormat;
import com.merchantdesk.catalog.csv.ExportResult;
import com.merchantdesk.catalog.csv.ImportResult;
import com.merchantdesk.catalog.csv.ProductCsvExporter;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.WaitingForWriter;
import com.merchantdesk.ui.shell.ScreenContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Import CSV and Export CSV from the products screen: asks for the file, runs the job in the background with
 * a progress window that can cancel it, and tells the seller what came of it. A refused import lists every bad
 * row; a cancelled import has changed nothing; an import with cells that look like spreadsheet formulas names them.
 */
final class CsvTransfer {

    private static final Logger LOG = Logger.getLogger(CsvTransfer.class.getName());
    /** Formula-looking cells listed in the import's result window; the window stays a summary. */
    static final int WARNINGS_SHOWN = 8;

    private final ScreenContext context;
    private final AppContext app;
    private final CsvFilePicker files;
    private final Runnable afterImport;
    private final Runnable fetchImages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /**
     * @param afterImport reloads what the screen shows once an import has changed the catalogue
     * @param fetchImages starts fetching the images an import queued, in the background
     */
    CsvTransfer(ScreenContext context, CsvFilePicker files, Runnable afterImport, Runnable fetchImages) {
        this.context = context;
        this.app = context.app();
        this.files = files;
        this.afterImport = afterImport;
        this.fetchImages = fetchImages;
    }

    /** An import or export is under way; a second one waits until it has finished. */
    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /**
     * Asks for the file, reads it (nothing is changed yet), shows what it is ("Shopify product CSV: 3 products,
     * 16 variants", the columns not imported, lines skipped) and imports it when the seller says so.
     */
    void importCsv() {
        if (running.get()) {
            return;
        }
        Optional<Path> chosen = files.chooseImportFile(owner());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String name = fileName(file);
        ProductCsvImporter importer = new ProductCsvImporter(app.catalog(), app.clock());
        CsvJob<ProductCsvImporter.ReadFile> reading = new CsvJob<>((progress, cancelled) ->
                importer.read(file, progress, cancelled));
        CsvProgressDialog dialog = open(reading, "products.csv.import.window",
                Messages.get("products.csv.import.reading", name), "products.csv.import.hint");
        start(reading, outcome -> {
            if (outcome.value() != null) {
                dialog.close();
                ImportPreview.show(owner(), outcome.value().notes(), () -> importRead(importer, outcome.value()),
                        () -> context.status().show(Messages.get("products.csv.import.cancelled.status", name)));
            } else {
                importStopped(dialog, file, new CsvJob.Outcome<>(null, outcome.error()));
            }
        });
    }

    private void importRead(ProductCsvImporter importer, ProductCsvImporter.ReadFile read) {
        if (running.get()) {
            return;
        }
        Path file = read.file();
        String name = fileName(file);
        // The import checks the file while others write, then waits its turn to apply it: the window says for whom.
        WaitingForWriter waits = new WaitingForWriter();
        CsvJob<ImportResult> job = new CsvJob<>((progress, cancelled) -> waits.around(() -> importer.importFile(read,
                Money.currency(app.settings().load().currency()), progress, cancelled)).call());
        CsvProgressDialog dialog = open(job, "products.csv.import.window", Messages.get("products.csv.import.running", name),
                "products.csv.import.hint");
        dialog.showWaiting(waits.textProperty());
        start(job, outcome -> importStopped(dialog, file, outcome));
    }

    /** Asks which kind of file (ours, Shopify's, WooCommerce's) and where, then exports in the background. */
    void exportCsv() {
        if (running.get()) {
            return;
        }
        Optional<ExportFormat> format = files.chooseExportFormat(owner());
        if (format.isEmpty()) {
            return;
        }
        String suggested = Messages.get("products.csv.exportName", LocalDate.now().toString());
        if (format.get() != ExportFormat.OURS) {
            suggested = suggested.replace(".csv", "-" + format.get().name().toLowerCase(java.util.Locale.ROOT) + ".csv");
        }
        Optional<Path> chosen = files.chooseExportTarget(owner(), suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        ProductCsvExporter exporter = new ProductCsvExporter(app.database());
        CsvJob<ExportResult> job = new CsvJob<>((progress, cancelled) -> exporter.exportFile(target, format.get(),
                progress, cancelled));
        CsvProgressDialog dialog = open(job, "products.csv.export.window",
                Messages.get("products.csv.export.running", fileName(target)), "products.csv.export.hint");
        start(job, outcome -> exportStopped(dialog, target, outcome));
    }

    private CsvProgressDialog open(CsvJob<?> job, String titleKey, String runningText, String hintKey) {
        running.set(true);
        return CsvProgressDialog.open(owner(), Messages.get(titleKey), runningText, Messages.get(hintKey), job, job::stop);
    }

    private <T> void start(CsvJob<T> job, java.util.function.Consumer<CsvJob.Outcome<T>> whenStopped) {
        job.setOnStopped(outcome -> {
            running.set(false);
            whenStopped.accept(outcome);
        });
        context.background().execute(job);
    }

    private void importStopped(CsvProgressDialog dialog, Path file, CsvJob.Outcome<ImportResult> outcome) {
        String name = fileName(file);
        if (outcome.value() != null) {
            ImportResult r = outcome.value();
            afterImport.run();
            context.status().changesSaved();
            context.status().show(Messages.get("products.csv.import.status", name, r.productsCreated(), r.productsUpdated(),
                    r.productsUnchanged()));
            List<String> lines = new ArrayList<>(List.of(
                    r.notes().summary(),
                    Messages.get("products.csv.import.rows", r.rows()),
                    Messages.get("products.csv.import.products", r.productsCreated(), r.productsUpdated(), r.productsUnchanged()),
                    Messages.get("products.csv.import.skus", r.skusCreated(), r.skusUpdated()),
                    Messages.get("products.csv.import.stock", r.stockMovements())));
            lines.addAll(ImportPreview.noteLines(r.notes(), 0));
            if (r.imagesQueued() > 0) {
                lines.add(Messages.get("csv.result.images", r.imagesQueued()));
                fetchImages.run();
            }
            CsvWarnings formulaCells = r.formulaCells();
            if (formulaCells.isEmpty()) {
                dialog.finished(Feather.CHECK_CIRCLE, "csv-success", Messages.get("products.csv.import.done", name), lines, null);
            } else {
                lines.addAll(formulaCellLines(formulaCells));
                dialog.finished(Feather.ALERT_TRIANGLE, "csv-warning", Messages.get("products.csv.import.done", name), lines,
                        Messages.get("products.csv.import.formulas.hint"));
            }
        } else if (outcome.error() instanceof CsvImportException refused) {
            dialog.close();
            context.status().show(Messages.get("products.csv.import.refused.status", name, refused.errors().size()));
            CsvErrorsDialog.open(owner(), name, refused.errors());
        } else if (outcome.cancelled()) {
            context.status().show(Messages.get("products.csv.import.cancelled.status", name));
            dialog.finished(Feather.X_CIRCLE, "csv-cancelled", Messages.get("products.csv.import.cancelled"),
                    List.of(Messages.get("products.csv.import.cancelled.detail")), null);
        } else {
            LOG.log(Level.WARNING, "CSV import failed", outcome.error());
            String reason = BackgroundRunner.describe(outcome.error());
            context.status().show(Messages.get("products.csv.import.failed.status", name, reason));
            dialog.finished(Feather.ALERT_OCTAGON, "csv-refused", Messages.get("products.csv.import.failed"),
                    List.of(reason), Messages.get("products.csv.import.failed.detail"));
        }
    }

    private void exportStopped(CsvProgressDialog dialog, Path target, CsvJob.Outcome<ExportResult> outcome) {
        String name = fileName(target);
        if (outcome.value() != null) {
            ExportResult r = outcome.value();
            context.status().show(Messages.get("products.csv.export.status", r.products(), r.rows(), target.toString()));
            dialog.finished(Feather.CHECK_CIRCLE, "csv-success", Messages.get("products.csv.export.done", name), List.of(
                    Messages.get("products.csv.export.rows", r.products(), r.rows()),
                    Messages.get("products.csv.export.where", target.toAbsolutePath().toString())), null);
        } else if (outcome.cancelled()) {
            context.status().show(Messages.get("products.csv.export.cancelled"));
            dialog.finished(Feather.X_CIRCLE, "csv-cancelled", Messages.get("products.csv.export.cancelled"),
                    List.of(Messages.get("products.csv.export.cancelled.detail")), null);
        } else {
            LOG.log(Level.WARNING, "CSV export failed", outcome.error());
            String reason = BackgroundRunner.describe(outcome.error());
            context.status().show(Messages.get("products.csv.export.failed.status", name, reason));
            dialog.finished(Feather.ALERT_OCTAGON, "csv-refused", Messages.get("products.csv.export.failed"),
                    List.of(reason), null);
        }
    }

    /**
     * The count, then the first few cells by line and column (the hint says why once), and how many more; the
     * command line lists every one with its reason.
     */
    private static List<String> formulaCellLines(CsvWarnings warnings) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("products.csv.import.formulas", warnings.count()));
        warnings.first().stream().limit(WARNINGS_SHOWN)
                .forEach(w -> lines.add(Messages.get("products.csv.import.formulas.cell", w.line(), w.column())));
        int more = warnings.count() - Math.min(WARNINGS_SHOWN, warnings.first().size());
        if (more > 0) {
            lines.add(Messages.get("csv.error.more", more));
        }
        return lines;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
