package com.merchantdesk.ui.controls;

import com.merchantdesk.store.SyncState;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A list's sync-state column: the record's {@link SyncStateIcons icon}, its words in the tooltip (made when the
 * pointer comes) and in the accessible text; nothing for a record of a local-only shop.
 */
public final class SyncStateCell<R> extends TableCell<R, SyncState> {

    /** The column's width: one icon, and its header's word in the three languages. */
    static final double WIDTH = 64;

    public SyncStateCell() {
        getStyleClass().add("sync-state-cell");
        setAlignment(Pos.CENTER);
        LazyTooltip.install(this, () -> isEmpty() ? null : getAccessibleText());
    }

    /** The column {@code id} showing {@code state} of each row, of a fixed width, not sortable. */
    public static <R> TableColumn<R, SyncState> column(String id, Function<R, SyncState> state) {
        TableColumn<R, SyncState> column = new TableColumn<>(com.merchantdesk.i18n.Messages.get("list.column.sync"));
        column.setId(id);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(state.apply(cd.getValue())));
        column.setCellFactory(c -> new SyncStateCell<>());
        column.setSortable(false);
        TableColumns.fixWidth(column, WIDTH);
        return column;
    }

    @Override
    protected void updateItem(SyncState state, boolean empty) {
        super.updateItem(state, empty);
        FontIcon icon = empty || state == null ? null : SyncStateIcons.icon(state);
        setGraphic(icon);
        setAccessibleText(icon == null ? null : SyncStateIcons.describe(state));
    }
}
