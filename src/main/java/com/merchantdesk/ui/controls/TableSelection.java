package com.merchantdesk.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/** The table of a list screen and its view model's selected row, kept in step. */
public final class TableSelection {

    private TableSelection() {}

    /**
     * Selecting in the table sets {@code selected}; setting {@code selected} (a reload, a scan, a save) selects
     * and shows that row. The table shows the model's rows, so a row's index is the same in both.
     */
    public static <R> void sync(TableView<R> table, ObjectProperty<R> selected) {
        // The table's selection is being set from the model; do not echo it back.
        boolean[] selecting = {false};
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (!selecting[0]) {
                selected.set(now);
            }
        });
        selected.addListener((o, before, now) -> {
            selecting[0] = true;
            try {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    int index = table.getItems().indexOf(now);
                    if (index >= 0 && table.getSelectionModel().getSelectedIndex() != index) {
                        table.getSelectionModel().clearAndSelect(index);
                        table.scrollTo(Math.max(0, index - 2));
                    }
                }
            } finally {
                selecting[0] = false;
            }
        });
    }

    /** Puts the keyboard in the table, on the first row when none is selected yet. */
    public static void focus(TableView<?> table) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }
}
