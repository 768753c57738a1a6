package com.merchantdesk.catalog.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.LazyTooltip;
import com.merchantdesk.ui.controls.ShortcutHint;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Import CSV and Export CSV, at the right of the window's screen header (where the shell places a screen's
 * {@code toolbar()}), so the crowded search-and-edit toolbar keeps its room.
 */
final class CsvButtons {

    private CsvButtons() {}

    static Node create(CsvTransfer csv, Node imageFetch) {
        Button importCsv = button("products-import-csv", Feather.DOWNLOAD, "products.csv.import", "products.csv.import.tooltip",
                ProductShortcuts.IMPORT_CSV, csv::importCsv);
        Button exportCsv = button("products-export-csv", Feather.UPLOAD, "products.csv.export", "products.csv.export.tooltip",
                ProductShortcuts.EXPORT_CSV, csv::exportCsv);
        importCsv.disableProperty().bind(csv.runningProperty());
        exportCsv.disableProperty().bind(csv.runningProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox box = new HBox(6, spring, imageFetch, importCsv, exportCsv);
        box.setId("products-csv-actions");
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static Button button(String id, Ikon icon, String textKey, String tooltipKey, KeyCombination keys, Runnable action) {
        Button b = new Button(Messages.get(textKey), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        LazyTooltip.install(b, ShortcutHint.text(Messages.get(tooltipKey), keys));
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
