package com.merchantdesk.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/** One screen of the main window's navigation rail (Products, and later Orders, Shipments, Sales, Sync). */
public interface Screen {

    /** Stable id, e.g. {@code products}; used in settings and tests. */
    String id();

    /** Resource-bundle key of the rail label and window title. */
    String titleKey();

    Ikon icon();

    /** The screen's content; built once, kept while the window lives. */
    Node content();

    /**
     * The screen's search and main actions, shown in the shell's toolbar beside the screen title; null when
     * the screen keeps its actions inside its content.
     */
    default Node toolbar() { return null; }

    /** Called each time the screen becomes visible (refresh stale data here, off the FX thread). */
    default void onShown() {}

    /** Shortcuts that act while this screen is shown, mapped to their actions. */
    default Map<KeyCombination, Runnable> shortcuts() { return Map.of(); }

    /**
     * Resource-bundle keys describing {@link #shortcuts()}, for the F1 shortcut list; a shortcut without one is
     * listed by its keys only.
     */
    default Map<KeyCombination, String> shortcutDescriptionKeys() { return Map.of(); }
}
