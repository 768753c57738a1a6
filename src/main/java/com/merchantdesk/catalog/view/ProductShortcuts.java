package com.merchantdesk.catalog.view;

import com.merchantdesk.ui.controls.PageBar;
import com.merchantdesk.ui.controls.ScreenShortcuts;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The products screen's keys. Shortcut means Ctrl on Linux and Windows, Cmd on macOS. */
final class ProductShortcuts {

    static final KeyCombination NEW = shortcut(KeyCode.N);
    static final KeyCombination EDIT = shortcut(KeyCode.E);
    static final KeyCombination ADJUST = shortcut(KeyCode.J);
    static final KeyCombination SEARCH = shortcut(KeyCode.F);
    static final KeyCombination ARCHIVE = shortcut(KeyCode.BACK_SPACE);
    static final KeyCombination DELETE = shortcut(KeyCode.DELETE);
    static final KeyCombination LOW_STOCK = shortcut(KeyCode.L);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination SAVE = shortcut(KeyCode.S);
    static final KeyCombination IMPORT_CSV = shortcut(KeyCode.I);
    /** With Shift, because Ctrl+E edits. */
    static final KeyCombination EXPORT_CSV =
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** What each key of the screen does (the page bar's keys included), for the shortcut list (F1). */
    static final java.util.Map<KeyCombination, String> DESCRIPTIONS =
            ScreenShortcuts.descriptions(PageBar.SHORTCUT_DESCRIPTIONS, java.util.Map.ofEntries(
            java.util.Map.entry(NEW, "products.action.new"),
            java.util.Map.entry(EDIT, "products.shortcut.edit"),
            java.util.Map.entry(ADJUST, "products.action.adjust"),
            java.util.Map.entry(SEARCH, "products.shortcut.search"),
            java.util.Map.entry(ARCHIVE, "products.shortcut.archive"),
            java.util.Map.entry(DELETE, "products.shortcut.delete"),
            java.util.Map.entry(LOW_STOCK, "products.shortcut.lowStock"),
            java.util.Map.entry(REFRESH, "products.action.refresh"),
            java.util.Map.entry(IMPORT_CSV, "products.csv.import.tooltip"),
            java.util.Map.entry(EXPORT_CSV, "products.csv.export.tooltip")));
    /** Keys that also edit text (delete a word); in a text field they keep that meaning. */
    static final java.util.Set<KeyCombination> TEXT_EDITING = java.util.Set.of(ARCHIVE, DELETE);

    private ProductShortcuts() {}

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
