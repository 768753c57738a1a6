package com.merchantdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line of the window: last message, background progress, and the sync state. */
final class StatusBar {

    private StatusBar() {}

    static HBox view(StatusBarModel model) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        // 0 means idle; -1 (indeterminate) and any fraction mean work is running.
        progress.visibleProperty().bind(model.progressProperty().isNotEqualTo(0, 0.0));
        progress.managedProperty().bind(progress.visibleProperty());

        Label sync = new Label();
        sync.setId("status-sync");
        sync.setGraphic(new FontIcon(Feather.CLOUD_OFF));
        sync.textProperty().bind(model.syncStateProperty());
        sync.visibleProperty().bind(Bindings.isNotEmpty(model.syncStateProperty()));

        HBox bar = new HBox(10, message, progress, new Separator(Orientation.VERTICAL), sync);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
