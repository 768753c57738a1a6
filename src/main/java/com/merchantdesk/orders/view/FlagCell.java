package com.merchantdesk.orders.view;

import com.merchantdesk.orders.MemoFlag;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A flag with its colour swatch and name. */
final class FlagCell extends ListCell<MemoFlag> {
    @Override
    protected void updateItem(MemoFlag item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(OrderFormats.flag(item));
        FontIcon icon = new FontIcon(item == MemoFlag.NONE ? Feather.MINUS : Feather.FLAG);
        icon.getStyleClass().addAll("memo-flag", OrderFormats.flagClass(item));
        setGraphic(icon);
    }
}
