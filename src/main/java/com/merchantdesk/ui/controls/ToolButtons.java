package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The buttons of tool bars and screen headers. Each says in its tooltip what it does and its key (none when
 * {@code keys} is null), has the same words for screen readers, and keeps its width when the window is narrow
 * (the search field gives way instead).
 */
public final class ToolButtons {

    private ToolButtons() {}

    /** A flat button showing only its icon. */
    public static Button icon(String id, Ikon icon, String messageKey, KeyCombination keys, Runnable action) {
        Button button = button(id, null, icon, messageKey, keys, action);
        button.getStyleClass().addAll("button-icon", "flat");
        return button;
    }

    /** A flat button with its icon and its name. */
    public static Button labelled(String id, Ikon icon, String messageKey, KeyCombination keys, Runnable action) {
        Button button = button(id, Messages.get(messageKey), icon, messageKey, keys, action);
        button.getStyleClass().add("flat");
        return button;
    }

    /** The screen's main action, with its icon and its name, in the accent colour. */
    public static Button accent(String id, Ikon icon, String messageKey, KeyCombination keys, Runnable action) {
        Button button = button(id, Messages.get(messageKey), icon, messageKey, keys, action);
        button.getStyleClass().add("accent");
        return button;
    }

    private static Button button(String id, String text, Ikon icon, String messageKey, KeyCombination keys, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        LazyTooltip.install(button, keys == null ? Messages.get(messageKey) : ShortcutHint.text(Messages.get(messageKey), keys));
        button.setAccessibleText(Messages.get(messageKey));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
