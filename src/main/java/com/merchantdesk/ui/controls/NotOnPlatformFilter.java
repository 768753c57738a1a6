package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lists' "Not yet on the platform" filter: limits a list to the records whose create the platform has not
 * acknowledged (queued, being sent, failed or blocked). Shown like each list's other on/off filters (a flat toggle
 * beside the products list's "Low stock", a check box beside the shipments list's "Late"), and always shown, as
 * they are: on a local-only shop it finds nothing, and its tooltip says why.
 */
public final class NotOnPlatformFilter {

    private NotOnPlatformFilter() {}

    /** A flat toggle button with the queued icon. */
    public static ToggleButton toggle(String id, BooleanProperty only) {
        ToggleButton toggle = new ToggleButton(Messages.get("list.filter.notOnPlatform"), new FontIcon(Feather.UPLOAD_CLOUD));
        toggle.selectedProperty().bindBidirectional(only);
        toggle.getStyleClass().add("flat");
        return dressed(toggle, id);
    }

    /** A check box. */
    public static CheckBox checkBox(String id, BooleanProperty only) {
        CheckBox check = new CheckBox(Messages.get("list.filter.notOnPlatform"));
        check.selectedProperty().bindBidirectional(only);
        return dressed(check, id);
    }

    private static <B extends ButtonBase> B dressed(B button, String id) {
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(button, Messages.get("list.filter.notOnPlatform.tooltip"));
        return button;
    }
}
