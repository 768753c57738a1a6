package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.csv.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the seller which CSV file to import or where to export. An interface so tests answer without a native dialog. */
interface CsvFilePicker {

    /** The file to import; empty when the seller cancelled. */
    Optional<Path> chooseImportFile(Window owner);

    /** Where to write the export; empty when the seller cancelled. */
    Optional<Path> chooseExportTarget(Window owner, String suggestedName);

    /** Which kind of file to export (ours, Shopify's, WooCommerce's); empty when the seller cancelled. */
    default Optional<ExportFormat> chooseExportFormat(Window owner) { return ExportFormatChoice.ask(owner); }
}
