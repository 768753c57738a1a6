package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.documents.DocumentKind;
import com.merchantdesk.ui.controls.ShortcutHint;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane's "Invoice" and "Packing slip" menus, each with Open, Save as… and Print. Off while no order
 * is shown or a document is being made. Print's key is in the item's text and the tooltip; the screen's key
 * filter runs it, so the items carry no accelerator of their own (it would fire twice).
 */
final class OrderDocumentMenus {

    private OrderDocumentMenus() {}

    static Node create(OrderDetailViewModel detail, OrderDocumentActions actions) {
        BooleanBinding off = detail.orderProperty().isNull().or(actions.busyProperty());
        HBox box = new HBox(6,
                menu(DocumentKind.INVOICE, Feather.FILE_TEXT, OrderShortcuts.PRINT_INVOICE, actions, off),
                menu(DocumentKind.PACKING_SLIP, Feather.CLIPBOARD, OrderShortcuts.PRINT_PACKING_SLIP, actions, off));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    static String idOf(DocumentKind kind) { return kind.fileNamePrefix(); }

    private static MenuButton menu(DocumentKind kind, Feather icon, KeyCombination printKey, OrderDocumentActions actions,
                                   BooleanBinding off) {
        String id = idOf(kind);
        MenuButton menu = new MenuButton(OrderDocumentActions.kindName(kind), new FontIcon(icon));
        menu.setId(id + "-menu");
        menu.getStyleClass().add("flat");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setTooltip(new Tooltip(Messages.get("orders.documents.tooltip." + kind.name(), printKey.getDisplayText())));
        menu.getItems().addAll(
                item(id + "-open", Messages.get("orders.documents.open"), Feather.EXTERNAL_LINK,
                        () -> actions.perform(kind, OrderDocumentActions.Use.OPEN)),
                item(id + "-save", Messages.get("orders.documents.saveAs"), Feather.DOWNLOAD,
                        () -> actions.perform(kind, OrderDocumentActions.Use.SAVE)),
                item(id + "-print", ShortcutHint.text(Messages.get("orders.documents.print"), printKey), Feather.PRINTER,
                        () -> actions.perform(kind, OrderDocumentActions.Use.PRINT)));
        menu.disableProperty().bind(off);
        return menu;
    }

    private static MenuItem item(String id, String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
