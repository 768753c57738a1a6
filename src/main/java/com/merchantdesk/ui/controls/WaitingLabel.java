package com.merchantdesk.ui.controls;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/**
 * The words beside a form's busy indicator while its save waits for another writer (see
 * {@link WaitingForWriter}); takes no room while there is nothing to say.
 */
public final class WaitingLabel {

    private static final double MAX_WIDTH = 380;

    private WaitingLabel() {}

    public static Label create(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMaxWidth(MAX_WIDTH);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
