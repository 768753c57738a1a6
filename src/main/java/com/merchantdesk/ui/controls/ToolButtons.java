package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The flat buttons of tool bars. Each says in its tooltip what it does and its key, has the same words for
 * screen readers, and keeps its width when the window is narrow (the search field gives way instead).
 */
public final class ToolButtons {

    private ToolButtons() {}

    /** A button showing only its icon. */
    public static Button icon(String id, Ikon icon, String messageKey, KeyCombination keys, Runnable action) {
        Button button = labelled(id, icon, messageKey, keys, action);
        button.setText(null);
        button.getStyleClass().add("button-icon");
        return button;
    }

    /** A button with its icon and its name. */
    public static Button labelled(String id, Ikon icon, String messageKey, KeyCombination keys, Runnable action) {
        Button button = new Button(Messages.get(messageKey), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setTooltip(keys == null ? new Tooltip(Messages.get(messageKey)) : ShortcutHint.tooltip(messageKey, keys));
        button.setAccessibleText(Messages.get(messageKey));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
