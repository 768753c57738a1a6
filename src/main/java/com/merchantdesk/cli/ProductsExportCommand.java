package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.csv.ExportResult;
import com.merchantdesk.catalog.csv.ProductCsvExporter;
import com.merchantdesk.i18n.Messages;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code products export FILE}: every product, every status, in the import format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports all products to a CSV file in the import format (docs/csv.md).",
                "UTF-8 with BOM, so spreadsheet apps read Korean and Chinese text right."})
final class ProductsExportCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            ExportResult result = new ProductCsvExporter(app.database()).exportFile(file);
            out().println(Messages.get("cli.export.done", file, result.products(), result.rows()));
            out().flush();
            return 0;
        }
    }
}
