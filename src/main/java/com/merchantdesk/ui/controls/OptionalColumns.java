package com.merchantdesk.ui.controls;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Columns a table can do without in a narrow window (what the selected row's detail shows anyway). While the shown
 * columns' least widths do not fit the table, these are hidden, the least needed first, and shown again, the most
 * needed first, once there is room: the table never scrolls sideways for want of width. A column the seller hid
 * from the table's menu stays hidden; one they show again from the menu stays until the width changes.
 */
public final class OptionalColumns {

    /** Room kept for the vertical scroll bar, which the columns cannot use. */
    static final double SCROLL_BAR = 16;

    private final TableView<?> table;
    private final List<? extends TableColumn<?, ?>> leastNeededFirst;
    /** The columns this hid, the last hidden on top. */
    private final Deque<TableColumn<?, ?>> hidden = new ArrayDeque<>();
    private boolean adjusting;

    private OptionalColumns(TableView<?> table, List<? extends TableColumn<?, ?>> leastNeededFirst) {
        this.table = table;
        this.leastNeededFirst = List.copyOf(leastNeededFirst);
    }

    /** @param leastNeededFirst columns of {@code table} it may hide, the one to hide first first */
    public static void install(TableView<?> table, List<? extends TableColumn<?, ?>> leastNeededFirst) {
        OptionalColumns columns = new OptionalColumns(table, leastNeededFirst);
        for (TableColumn<?, ?> column : columns.leastNeededFirst) {
            column.visibleProperty().addListener((o, was, now) -> {
                if (now && !columns.adjusting) {
                    columns.hidden.remove(column);
                }
            });
        }
        table.widthProperty().addListener((o, before, now) -> columns.fit());
        columns.fit();
    }

    private void fit() {
        if (table.getWidth() <= 0) {
            return;
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        adjusting = true;
        try {
            for (TableColumn<?, ?> column : leastNeededFirst) {
                if (need() <= room) {
                    break;
                }
                if (column.isVisible()) {
                    column.setVisible(false);
                    hidden.push(column);
                }
            }
            while (!hidden.isEmpty() && need() + hidden.peek().getMinWidth() <= room) {
                hidden.pop().setVisible(true);
            }
        } finally {
            adjusting = false;
        }
    }

    /** The least width of the shown columns. */
    private double need() {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
    }
}
