package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.FieldErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The order entry form's lines: column titles and one {@link EntryLineRow} per line, with the keyboard moving
 * between them: Up/Down to the same field of the line above or below (Down from the last line leaves the lines),
 * Enter leaves the lines, the remove-line key removes the line. Its state is {@link EntryLinesModel}.
 */
final class EntryLinesView {

    private final EntryLinesModel model;
    private final FieldErrors errors;
    private final Runnable leave;
    private final VBox lineRows = new VBox(4);
    private final Map<EntryLine, EntryLineRow> rows = new HashMap<>();
    private final Node node;

    /** @param leave moves the keyboard out of the lines (to the add-item field) */
    EntryLinesView(EntryLinesModel model, FieldErrors errors, Runnable leave) {
        this.model = model;
        this.errors = errors;
        this.leave = leave;
        node = layout();
    }

    /** The heading, the column titles, "no lines yet" or the lines. */
    Node node() { return node; }

    /** Moves the keyboard to the last line's quantity; false when there are no lines. */
    boolean focusLastLine() {
        if (model.lines().isEmpty()) {
            return false;
        }
        rowAt(model.lines().size() - 1).fields().get(0).requestFocus();
        return true;
    }

    private Node layout() {
        HBox columns = new HBox(8,
                columnTitle("", EntryLineRow.NUMBER_WIDTH, false),
                columnTitle(Messages.get("orders.view.line.code"), EntryLineRow.CODE_WIDTH, false),
                grow(columnTitle(Messages.get("orders.view.line.item"), 80, false)),
                columnTitle(Messages.get("orders.view.entry.stock.column"), EntryLineRow.STOCK_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.quantity"), EntryLineRow.QUANTITY_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.unitPrice"), EntryLineRow.MONEY_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.discount"), EntryLineRow.MONEY_WIDTH, true),
                columnTitle(Messages.get("orders.view.line.amount"), EntryLineRow.AMOUNT_WIDTH, true),
                columnTitle("", EntryLineRow.REMOVE_WIDTH, false));
        columns.getStyleClass().add("entry-columns");

        model.lines().forEach(this::addRow);
        model.lines().addListener((ListChangeListener<EntryLine>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeRow);
                change.getAddedSubList().forEach(this::addRow);
            }
            renumber();
        });
        renumber();

        Label none = new Label(Messages.get("orders.view.entry.noLines"));
        none.setId("entry-no-lines");
        none.getStyleClass().add("text-muted");
        none.visibleProperty().bind(Bindings.isEmpty(model.lines()));
        none.managedProperty().bind(none.visibleProperty());

        ScrollPane linesScroll = new ScrollPane(lineRows);
        linesScroll.setFitToWidth(true);
        linesScroll.getStyleClass().add("edge-to-edge");
        linesScroll.setPrefViewportHeight(132);
        linesScroll.setMinViewportHeight(72);
        lineRows.setId("entry-lines");
        Label heading = new Label(Messages.get("orders.view.entry.lines"));
        heading.getStyleClass().add("section-title");
        return new VBox(6, heading, columns, none, linesScroll);
    }

    private void addRow(EntryLine line) {
        EntryLineRow row = new EntryLineRow(line, model, errors);
        rows.put(line, row);
        lineRows.getChildren().add(model.lines().indexOf(line), row.node());
        List<TextField> fields = row.fields();
        for (int column = 0; column < fields.size(); column++) {
            int c = column;
            TextField field = fields.get(column);
            field.addEventHandler(KeyEvent.KEY_PRESSED, e -> lineKey(e, line, c));
            field.setOnAction(e -> leave.run());
        }
    }

    /** Up/Down move between lines in the same column; Down from the last line leaves the lines. */
    private void lineKey(KeyEvent e, EntryLine line, int column) {
        int index = model.lines().indexOf(line);
        if (OrderShortcuts.REMOVE_LINE.match(e)) {
            e.consume();
            model.remove(line);
            if (model.lines().isEmpty()) {
                leave.run();
            } else {
                rowAt(Math.min(index, model.lines().size() - 1)).fields().get(column).requestFocus();
            }
        } else if (e.getCode() == KeyCode.UP && index > 0) {
            e.consume();
            rowAt(index - 1).fields().get(column).requestFocus();
        } else if (e.getCode() == KeyCode.DOWN) {
            e.consume();
            if (index + 1 < model.lines().size()) {
                rowAt(index + 1).fields().get(column).requestFocus();
            } else {
                leave.run();
            }
        }
    }

    private EntryLineRow rowAt(int index) { return rows.get(model.lines().get(index)); }

    private void removeRow(EntryLine line) {
        EntryLineRow row = rows.remove(line);
        if (row != null) {
            lineRows.getChildren().remove(row.node());
            row.controls().forEach(errors::unregister);
        }
    }

    private void renumber() {
        for (int i = 0; i < model.lines().size(); i++) {
            rowAt(i).number(i);
        }
        errors.revalidateAll();
    }

    private static Label columnTitle(String text, double width, boolean right) {
        Label label = new Label(text);
        label.getStyleClass().add("column-title");
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(right ? width : Double.MAX_VALUE);
        label.setAlignment(right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return label;
    }

    private static Label grow(Label label) {
        HBox.setHgrow(label, Priority.ALWAYS);
        return label;
    }
}
