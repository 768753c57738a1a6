package com.merchantdesk.shipping.view;

import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keys of the To ship and Shipments screens. Shortcut = Ctrl (Cmd on macOS). */
final class ShippingShortcuts {

    /** Ship the selected order (the same key as the orders screen's Shipped action). */
    static final KeyCombination SHIP = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Ship every selected order with pool numbers and print the batch's paper ("batch"). */
    static final KeyCombination SHIP_SELECTED = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination TRACK = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** The cockpit's filters: Alt+1 to Alt+4, like the orders screen's counters. */
    static final KeyCombination ALL = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN);
    static final KeyCombination LATE = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN);
    static final KeyCombination AT_RISK = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.ALT_DOWN);
    static final KeyCombination PARTLY = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.ALT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    static final Map<KeyCombination, String> TO_SHIP_DESCRIPTIONS = ScreenShortcuts.descriptions(PageBar.SHORTCUT_DESCRIPTIONS,
            Map.of(SHIP, "shipping.view.action.ship", SHIP_SELECTED, "shipping.view.action.shipSelected", REFRESH, "orders.view.action.refresh",
                    SETTINGS, "shipping.view.action.settings", ALL, "shipping.view.filter.allKey",
                    LATE, "shipping.view.filter.lateKey", AT_RISK, "shipping.view.filter.atRiskKey",
                    PARTLY, "shipping.view.filter.partly"));

    static final Map<KeyCombination, String> SHIPMENTS_DESCRIPTIONS = ScreenShortcuts.descriptions(PageBar.SHORTCUT_DESCRIPTIONS,
            Map.of(TRACK, "shipping.view.action.track", SEARCH, "shipping.view.shortcut.search",
                    REFRESH, "orders.view.action.refresh"));

    private ShippingShortcuts() {}
}
