package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** An action named with its key, e.g. "New product (Ctrl+N)": how every button and field tells its shortcut. */
public final class ShortcutHint {

    private ShortcutHint() {}

    /** A tooltip saying what the message key names, and its key. */
    public static Tooltip tooltip(String messageKey, KeyCombination key) {
        return new Tooltip(text(Messages.get(messageKey), key));
    }

    /** {@code text} followed by its key in the seller's language. */
    public static String text(String text, KeyCombination key) {
        return Messages.get("controls.shortcut.hint", text, key.getDisplayText());
    }
}
