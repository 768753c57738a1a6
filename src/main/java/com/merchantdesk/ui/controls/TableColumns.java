package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Read-only table columns: the header from the bundles, each cell's text computed from its row. */
public final class TableColumns {

    /** The style class of right-aligned columns (the stylesheets align their headers too). */
    public static final String NUMBER_CLASS = "number-column";

    private TableColumns() {}

    /** A column of text; it does not sort until {@link #sortedBy} says how. */
    public static <R> TableColumn<R, String> text(String id, String headerKey, Function<R, String> value, double prefWidth) {
        TableColumn<R, String> column = new TableColumn<>(Messages.get(headerKey));
        column.setId(id);
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        column.setPrefWidth(prefWidth);
        column.setSortable(false);
        return column;
    }

    /** A column of numbers or money, aligned right so digits line up. */
    public static <R> TableColumn<R, String> number(String id, String headerKey, Function<R, String> value, double prefWidth) {
        TableColumn<R, String> column = text(id, headerKey, value, prefWidth);
        column.getStyleClass().add(NUMBER_CLASS);
        column.setCellFactory(c -> {
            TableCell<R, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        return column;
    }

    /** A column of text whose header sorts the list by {@code sort} (null: not sortable). */
    public static <R> TableColumn<R, String> text(String id, String headerKey, Function<R, String> value, Object sort,
                                                  double prefWidth) {
        return sortedBy(text(id, headerKey, value, prefWidth), sort);
    }

    /** A column of numbers whose header sorts the list by {@code sort} (null: not sortable). */
    public static <R> TableColumn<R, String> number(String id, String headerKey, Function<R, String> value, Object sort,
                                                    double prefWidth) {
        return sortedBy(number(id, headerKey, value, prefWidth), sort);
    }

    /**
     * Makes the column's header sort by {@code sort}, which {@link DatabaseSort} hands to the list's query;
     * a null {@code sort} leaves the column unsortable.
     */
    public static <R, T> TableColumn<R, T> sortedBy(TableColumn<R, T> column, Object sort) {
        column.setUserData(sort);
        column.setSortable(sort != null);
        return column;
    }

    /** A column that keeps exactly {@code width} (an icon column, for instance). */
    public static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }
}
