package com.merchantdesk.ui.controls;

import java.util.List;
import java.util.Objects;

/**
 * The stylesheet of the shared controls, so each feature's sheet keeps only its own rules: a feature's screen
 * and its dialog windows ({@link DialogWindows}) put it before the feature's sheet.
 */
public final class ControlStyles {

    public static final String STYLESHEET =
            Objects.requireNonNull(ControlStyles.class.getResource("controls.css")).toExternalForm();

    private ControlStyles() {}

    /** Adds the shared sheet, then the feature's, each once, keeping that order. */
    public static void addTo(List<String> stylesheets, String featureStylesheet) {
        if (!stylesheets.contains(STYLESHEET)) {
            stylesheets.add(STYLESHEET);
        }
        if (!stylesheets.contains(featureStylesheet)) {
            stylesheets.add(featureStylesheet);
        }
    }
}
