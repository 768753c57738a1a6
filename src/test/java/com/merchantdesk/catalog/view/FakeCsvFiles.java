package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.csv.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the CSV file dialogs the way a test tells it to; null means the seller cancelled. */
final class FakeCsvFiles implements CsvFilePicker {

    volatile Path importFile;
    volatile Path exportTarget;
    volatile String suggestedName;
    volatile int asked;
    volatile ExportFormat exportFormat = ExportFormat.OURS;

    @Override
    public Optional<Path> chooseImportFile(Window owner) {
        asked++;
        return Optional.ofNullable(importFile);
    }

    @Override
    public Optional<ExportFormat> chooseExportFormat(Window owner) { return Optional.ofNullable(exportFormat); }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName) {
        asked++;
        this.suggestedName = suggestedName;
        return Optional.ofNullable(exportTarget);
    }
}
