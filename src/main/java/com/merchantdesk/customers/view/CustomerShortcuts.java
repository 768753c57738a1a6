package com.merchantdesk.customers.view;

import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keys of the customers screen and the customer form (the same keys as the orders screen's). Shortcut = Ctrl (Cmd on macOS). */
final class CustomerShortcuts {

    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** What each key of the customers screen does (the page bar's keys included), for the shortcut list (F1). */
    static final Map<KeyCombination, String> DESCRIPTIONS =
            ScreenShortcuts.descriptions(PageBar.SHORTCUT_DESCRIPTIONS, Map.ofEntries(
            Map.entry(NEW, "customers.view.action.new"),
            Map.entry(EDIT, "customers.view.action.edit"),
            Map.entry(SEARCH, "customers.view.shortcut.search"),
            Map.entry(REFRESH, "orders.view.action.refresh")));

    private CustomerShortcuts() {}
}
