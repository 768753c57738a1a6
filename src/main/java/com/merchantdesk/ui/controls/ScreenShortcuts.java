package com.merchantdesk.ui.controls;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Runs a screen's shortcuts as a key filter on its root, before the focused control sees the key, so a table
 * or a text field cannot swallow them.
 */
public final class ScreenShortcuts {

    private ScreenShortcuts() {}

    public static EventHandler<KeyEvent> filter(Map<KeyCombination, Runnable> shortcuts) {
        return filter(shortcuts, Set.of());
    }

    /**
     * @param textEditing keys that also edit text (Ctrl+Backspace deletes a word): while the seller types in a
     *                    text field they keep that meaning instead of running the screen's action
     */
    public static EventHandler<KeyEvent> filter(Map<KeyCombination, Runnable> shortcuts, Set<KeyCombination> textEditing) {
        return e -> {
            for (Map.Entry<KeyCombination, Runnable> entry : shortcuts.entrySet()) {
                if (entry.getKey().match(e)) {
                    if (textEditing.contains(entry.getKey()) && typing(e)) {
                        return;
                    }
                    e.consume();
                    entry.getValue().run();
                    return;
                }
            }
        };
    }

    /** One description map (for the F1 list) from a screen's own and those of its controls, e.g. the page bar. */
    @SafeVarargs
    public static Map<KeyCombination, String> descriptions(Map<KeyCombination, String>... parts) {
        Map<KeyCombination, String> all = new HashMap<>();
        for (Map<KeyCombination, String> part : parts) {
            all.putAll(part);
        }
        return Map.copyOf(all);
    }

    private static boolean typing(KeyEvent e) {
        return e.getSource() instanceof Node root && root.getScene() != null
                && root.getScene().getFocusOwner() instanceof TextInputControl;
    }
}
