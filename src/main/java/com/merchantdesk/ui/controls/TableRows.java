package com.merchantdesk.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;

/** What list tables do with their rows: open one on double click, mark one with a style class, say why none. */
public final class TableRows {

    private TableRows() {}

    /** A double click on a row that shows an item runs {@code action} (the row is selected by the first click). */
    public static <R> TableRow<R> openOnDoubleClick(TableRow<R> row, Runnable action) {
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                action.run();
            }
        });
        return row;
    }

    /** Adds or removes {@code styleClass} (a row is reused for other items, so it must come off again). */
    public static void mark(TableRow<?> row, String styleClass, boolean on) {
        if (on && !row.getStyleClass().contains(styleClass)) {
            row.getStyleClass().add(styleClass);
        } else if (!on) {
            row.getStyleClass().remove(styleClass);
        }
    }

    /** What an empty table says instead of nothing: still loading, nothing yet, or nothing matches. */
    public static Label placeholder(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setPadding(new Insets(24));
        label.textProperty().bind(text);
        return label;
    }
}
