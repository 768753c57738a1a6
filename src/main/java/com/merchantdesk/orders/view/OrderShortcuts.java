package com.merchantdesk.orders.view;

import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keys of the orders screen and of the order entry form. Shortcut = Ctrl (Cmd on macOS). */
final class OrderShortcuts {

    static final KeyCombination NEW = shortcut(KeyCode.N);
    static final KeyCombination EDIT = shortcut(KeyCode.E);
    static final KeyCombination SEARCH = shortcut(KeyCode.F);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination SAVE = shortcut(KeyCode.S);
    /** Order actions: Ctrl+Shift plus the first letter of what happens. */
    static final KeyCombination MARK_PAID = shortcutShift(KeyCode.P);
    static final KeyCombination MARK_PACKED = shortcutShift(KeyCode.K);
    static final KeyCombination MARK_SHIPPED = shortcutShift(KeyCode.S);
    static final KeyCombination MARK_DELIVERED = shortcutShift(KeyCode.D);
    static final KeyCombination CANCEL_ORDER = shortcutShift(KeyCode.X);
    static final KeyCombination REFUND = shortcutShift(KeyCode.R);
    /** Print the selected order's papers: Ctrl+P the invoice; Ctrl+Alt+P the packing slip (Ctrl+Shift+P marks paid). */
    static final KeyCombination PRINT_INVOICE = shortcut(KeyCode.P);
    static final KeyCombination PRINT_PACKING_SLIP =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    /** Counters of the summary bar: Alt+1 to Alt+4 (Ctrl+1... open screens). */
    static final KeyCombination TO_PAY = alt(KeyCode.DIGIT1);
    static final KeyCombination TO_PACK = alt(KeyCode.DIGIT2);
    static final KeyCombination TO_SHIP = alt(KeyCode.DIGIT3);
    static final KeyCombination AFTER_SALE = alt(KeyCode.DIGIT4);
    /** In the entry form: remove the line whose field has the keyboard. */
    static final KeyCombination REMOVE_LINE = shortcutShift(KeyCode.DELETE);

    /** What each key of the orders screen does (the page bar's keys included), for the shortcut list (F1). */
    static final Map<KeyCombination, String> ORDERS_DESCRIPTIONS =
            ScreenShortcuts.descriptions(PageBar.SHORTCUT_DESCRIPTIONS, Map.ofEntries(
            Map.entry(NEW, "orders.view.action.new"),
            Map.entry(SEARCH, "orders.view.shortcut.search"),
            Map.entry(REFRESH, "orders.view.action.refresh"),
            Map.entry(MARK_PAID, "orders.view.action.PAID"),
            Map.entry(MARK_PACKED, "orders.view.action.PACKED"),
            Map.entry(MARK_SHIPPED, "orders.view.action.SHIPPED"),
            Map.entry(MARK_DELIVERED, "orders.view.action.DELIVERED"),
            Map.entry(CANCEL_ORDER, "orders.view.action.CANCELLED"),
            Map.entry(REFUND, "orders.view.action.refund"),
            Map.entry(PRINT_INVOICE, "orders.documents.shortcut.printInvoice"),
            Map.entry(PRINT_PACKING_SLIP, "orders.documents.shortcut.printPackingSlip"),
            Map.entry(TO_PAY, "orders.view.counter.toPay"),
            Map.entry(TO_PACK, "orders.view.counter.toPack"),
            Map.entry(TO_SHIP, "orders.view.counter.toShip"),
            Map.entry(AFTER_SALE, "orders.view.counter.afterSale")));

    private OrderShortcuts() {}

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }
}
