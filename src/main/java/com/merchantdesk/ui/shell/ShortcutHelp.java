package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The F1 dialog: every key the window and the current screen answer to. */
final class ShortcutHelp {

    /** One line of the list: the keys as the platform writes them, and what they do. */
    record Entry(String keys, String action) {}

    private ShortcutHelp() {}

    static Dialog<ButtonType> dialog(Window owner, List<Entry> entries) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-list");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(110);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, actions);
        for (int row = 0; row < entries.size(); row++) {
            Label key = new Label(entries.get(row).keys());
            key.getStyleClass().add("shortcut-keys");
            grid.addRow(row, key, new Label(entries.get(row).action()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 28 * entries.size() + 12));
        scroll.getStyleClass().add("edge-to-edge");

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.setHeaderText(Messages.get("shortcuts.header"));
        dialog.getDialogPane().setId("shortcut-help");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(480);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.close());
        return dialog;
    }
}
