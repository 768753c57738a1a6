package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.csv.CsvError;
import com.merchantdesk.catalog.csv.ImportNotes;
import com.merchantdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What a file is, before the import starts: "Shopify product CSV: 3 products, 16 variants", the columns it
 * will not import (a note, listed once), the lines it skips and the values it leaves out; Import or Cancel.
 */
final class ImportPreview {

    static final String ID = "csv-import-preview";
    /** Skipped lines and left-out values named one by one before the import; the rest counted. */
    static final int NAMED = 3;

    private ImportPreview() {}

    /** Shows the notes; {@code onImport} runs when the seller chooses Import, {@code onCancel} otherwise. */
    static void show(Window owner, ImportNotes notes, Runnable onImport, Runnable onCancel) {
        ButtonType importButton = new ButtonType(Messages.get("csv.preview.import"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", importButton, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("csv.preview.title"));
        alert.setHeaderText(notes.summary());
        VBox lines = new VBox(6);
        lines.setId("csv-import-preview-notes");
        for (String line : noteLines(notes, NAMED)) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMaxWidth(520);
            label.getStyleClass().add("csv-detail-line");
            lines.getChildren().add(label);
        }
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().setId(ID);
        alert.getDialogPane().setPrefWidth(580);
        ((Button) alert.getDialogPane().lookupButton(importButton)).setId("csv-import-preview-import");
        ProductDialogs.WINDOWS.styleLike(alert.getDialogPane(), owner);
        alert.setOnHidden(e -> {
            if (importButton.equals(alert.getResult())) {
                onImport.run();
            } else {
                onCancel.run();
            }
        });
        alert.show();
    }

    /**
     * The notes as lines: columns not imported, then how many lines are skipped and values left out, the first
     * {@code named} of each by line (the result window, after the preview named them, only counts them).
     */
    static List<String> noteLines(ImportNotes notes, int named) {
        List<String> lines = new ArrayList<>();
        if (!notes.notImported().isEmpty()) {
            lines.add(notes.notImportedLine());
        }
        addNamed(lines, Messages.get("csv.preview.skipped", notes.skipped().size()), notes.skipped(), named);
        addNamed(lines, Messages.get("csv.preview.adjusted", notes.adjusted().size()), notes.adjusted(), named);
        return lines;
    }

    private static void addNamed(List<String> lines, String heading, List<CsvError> notes, int named) {
        if (notes.isEmpty()) {
            return;
        }
        lines.add(heading);
        notes.stream().limit(named).forEach(n -> lines.add("  " + n.describe()));
        if (notes.size() > named && named > 0) {
            lines.add("  " + Messages.get("csv.error.more", notes.size() - named));
        }
    }
}
