package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.csv.ExportFormat;
import com.merchantdesk.catalog.csv.ExportResult;
import com.merchantdesk.catalog.csv.ProductCsvExporter;
import com.merchantdesk.i18n.Messages;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code products export FILE}: every product, every status, in the import format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports all products to a CSV file: ours (the import format), or --format shopify or",
                "woocommerce for those platforms' importers (docs/csv.md).",
                "UTF-8 with BOM, so spreadsheet apps read Korean and Chinese text right."})
final class ProductsExportCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ours",
            description = "ours (imports here unchanged), shopify (Shopify's product CSV) or woocommerce "
                    + "(WooCommerce's product CSV). Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            ExportFormat chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "ours" -> ExportFormat.OURS;
                case "shopify" -> ExportFormat.SHOPIFY;
                case "woocommerce" -> ExportFormat.WOOCOMMERCE;
                default -> throw invalid("--format", "cli.export.formatInvalid", format);
            };
            ExportResult result = new ProductCsvExporter(app.database()).exportFile(file, chosen);
            out().println(Messages.get("cli.export.done", file, result.products(), result.rows()));
            out().flush();
            return 0;
        }
    }
}
