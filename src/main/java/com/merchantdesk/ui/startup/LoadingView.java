package com.merchantdesk.ui.startup;

import com.merchantdesk.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The light first scene shown while the data folder opens: name, spinner, what is happening. */
final class LoadingView {

    private LoadingView() {}

    static Parent create(ObservableValue<String> message) {
        return create(message, true);
    }

    /** The same view without the spinner, shown behind a start-up problem's dialog. */
    static Parent stopped(String message) {
        return create(new javafx.beans.property.SimpleStringProperty(message), false);
    }

    private static Parent create(ObservableValue<String> message, boolean working) {
        Label name = new Label(Messages.get("app.name"));
        name.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_2);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("loading-progress");
        Label text = new Label();
        text.setId("loading-message");
        text.textProperty().bind(message);
        VBox box = new VBox(18, name, spinner, text);
        spinner.setVisible(working);
        spinner.setManaged(working);
        box.getStyleClass().add("loading-view");
        return box;
    }
}
