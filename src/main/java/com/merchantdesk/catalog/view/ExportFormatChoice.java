package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.csv.ExportFormat;
import com.merchantdesk.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks which kind of products CSV to write: ours (imports here again), Shopify's or WooCommerce's. */
final class ExportFormatChoice {

    private ExportFormatChoice() {}

    static Optional<ExportFormat> ask(Window owner) {
        ChoiceDialog<ExportFormat> dialog = new ChoiceDialog<>(ExportFormat.OURS, Arrays.asList(ExportFormat.values()));
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("csv.export.formatTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.get("csv.export.formatHeader"));
        dialog.getDialogPane().setId("csv-export-format");
        ProductDialogs.WINDOWS.styleLike(dialog.getDialogPane(), owner);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<ExportFormat> box =
                (javafx.scene.control.ComboBox<ExportFormat>) dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(ExportFormat format) { return format == null ? "" : format.displayName(); }

                @Override
                public ExportFormat fromString(String text) { return null; }
            });
        }
        return dialog.showAndWait();
    }
}
