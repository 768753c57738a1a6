package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.csv.CsvError;
import com.merchantdesk.catalog.csv.CsvImportException;
import com.merchantdesk.catalog.csv.CsvProgress;
import com.merchantdesk.catalog.csv.ImportNotes;
import com.merchantdesk.catalog.csv.CsvWarnings;
import com.merchantdesk.catalog.csv.ImportResult;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code products import FILE}: all or nothing; every bad row is listed with its line, column and reason. Cells
 * that look like spreadsheet formulas are imported as text and listed on stderr as warnings.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports products from a CSV file: ours, a Shopify product CSV or a WooCommerce product export",
                "(recognised from the header line; columns: docs/csv.md). Images named by address or path are",
                "fetched after the import has saved; 'products images' tries failed ones again.",
                "All or nothing: if any row is bad, nothing is imported and every bad row is listed.",
                "Cells that look like spreadsheet formulas are imported as text and listed on stderr."})
final class ProductsImportCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8, with or without BOM).")
    Path file;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "Currency for rows without one (default: the shop's currency from Settings).")
    String currency;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            String code = currency != null ? currency : app.settings().load().currency();
            java.util.Currency defaultCurrency;
            try {
                defaultCurrency = Money.currency(code);
            } catch (IllegalArgumentException e) {
                throw invalid("--currency", e.getMessage());
            }
            ImportResult result;
            try {
                ProductCsvImporter importer = new ProductCsvImporter(app.catalog(), app.clock());
                ProductCsvImporter.ReadFile read = importer.read(file, CsvProgress.NONE, () -> false);
                // What the file is, before the import starts: "Shopify product CSV: 3 products, 16 variants".
                out().println(read.notes().summary());
                out().flush();
                result = importer.importFile(read, defaultCurrency, CsvProgress.NONE, () -> false);
            } catch (CsvImportException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (CsvError error : e.errors()) {
                    err.println(error.describe());
                }
                err.flush();
                throw new CliInputException(Messages.get("cli.import.refused", e.errors().size(), file));
            }
            out().println(Messages.get("cli.import.done", file, result.rows(), result.productsCreated(),
                    result.productsUpdated(), result.productsUnchanged(), result.stockMovements()));
            out().flush();
            printNotes(result.notes());
            printFormulaCells(result.formulaCells());
            if (result.imagesQueued() > 0) {
                out().println(Messages.get("cli.import.images", result.imagesQueued()));
                out().flush();
                ProductsImagesCommand.fetch(app, false, out(), spec.commandLine().getErr());
            }
            return 0;
        }
    }

    /** The columns not imported (once), lines skipped and values left out: notes, not failures. */
    private void printNotes(ImportNotes notes) {
        PrintWriter err = spec.commandLine().getErr();
        if (!notes.notImported().isEmpty()) {
            err.println(notes.notImportedLine());
        }
        if (!notes.skipped().isEmpty()) {
            err.println(Messages.get("cli.import.notes.skipped"));
            notes.skipped().forEach(n -> err.println(n.describe()));
        }
        if (!notes.adjusted().isEmpty()) {
            err.println(Messages.get("cli.import.notes.adjusted"));
            notes.adjusted().forEach(n -> err.println(n.describe()));
        }
        err.flush();
    }

    /** Cells that look like formulas: imported, but listed on stderr so the seller can check them. */
    private void printFormulaCells(CsvWarnings warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(Messages.get("cli.import.warnings", warnings.count()));
        for (CsvError warning : warnings.first()) {
            err.println(warning.describe());
        }
        if (warnings.notKept() > 0) {
            err.println(Messages.get("csv.error.more", warnings.notKept()));
        }
        err.flush();
    }
}
