package com.merchantdesk.sync.view;

import atlantafx.base.theme.Styles;
import com.merchantdesk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Platform section's controls, bound to {@link PlatformSettingsModel}; it holds no state of its own. */
final class PlatformSettingsView {

    // As the Settings screen's own rows, so every section's fields line up.
    private static final double LABEL_WIDTH = 240;
    private static final double TEXT_WIDTH = 480;

    private final PlatformSettingsModel model;

    PlatformSettingsView(PlatformSettingsModel model) { this.model = model; }

    Node view() {
        TextField address = new TextField();
        address.setId("platform-address");
        address.setMaxWidth(TEXT_WIDTH);
        address.setPromptText(Messages.get("platform.view.address.prompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        address.setOnAction(e -> model.test());
        Label addressError = errorLabel("platform-address-error", model.addressErrorProperty());
        address.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        model.addressErrorProperty().addListener((o, was, now) -> address.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));

        PasswordField token = new PasswordField();
        token.setId("platform-token");
        token.setMaxWidth(TEXT_WIDTH);
        token.setPromptText(Messages.get("platform.view.token.prompt"));
        token.textProperty().bindBidirectional(model.tokenProperty());
        Label tokenState = new Label();
        tokenState.setId("platform-token-state");
        tokenState.setWrapText(true);
        tokenState.getStyleClass().add(Styles.TEXT_MUTED);
        tokenState.textProperty().bind(model.tokenStateProperty());
        Label tokenError = errorLabel("platform-token-error", model.tokenErrorProperty());
        Button store = button("platform-token-save", "platform.view.token.save", Feather.LOCK);
        store.disableProperty().bind(model.busyProperty().or(model.tokenProperty().isEmpty()));
        store.setOnAction(e -> model.storeToken());
        Button forget = button("platform-token-forget", "platform.view.token.forget", Feather.TRASH_2);
        forget.disableProperty().bind(model.busyProperty());
        forget.setOnAction(e -> model.forgetToken());
        FlowPane tokenActions = new FlowPane(10, 8, store, forget);

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, label("platform.view.address", address), new VBox(4, address, addressError));
        Label tokenLabel = label("platform.view.token", token);
        // Beside the field, not in the middle of the field, its state and its buttons.
        GridPane.setValignment(tokenLabel, javafx.geometry.VPos.TOP);
        tokenLabel.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        form.addRow(1, tokenLabel, new VBox(6, token, tokenState, tokenError, tokenActions));

        Button test = button("platform-test", "platform.view.test", Feather.ACTIVITY);
        test.getStyleClass().add(Styles.ACCENT);
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(e -> model.test());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());
        Label progress = new Label();
        progress.setId("platform-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressProperty());
        HBox actions = new HBox(10, test, spinner, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("platform-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        model.outcomeProperty().addListener((o, was, now) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == PlatformSettingsModel.Outcome.OK) {
                result.getStyleClass().add(Styles.SUCCESS);
            } else if (now == PlatformSettingsModel.Outcome.PROBLEM) {
                result.getStyleClass().add(Styles.DANGER);
            }
        });

        Button trust = button("platform-trust", "platform.view.test", Feather.SHIELD);
        trust.textProperty().bind(Bindings.createStringBinding(() -> model.offeredProperty().get() == null ? ""
                : Messages.get("platform.view.trust", model.offeredAddress()), model.offeredProperty()));
        trust.visibleProperty().bind(model.offeredProperty().isNotNull());
        trust.managedProperty().bind(trust.visibleProperty());
        trust.disableProperty().bind(model.busyProperty());
        trust.setOnAction(e -> {
            // The button goes away and Test is busy: the focus stays in the section instead of jumping (and
            // scrolling the page) to the next section.
            address.requestFocus();
            model.trustOffered();
        });

        return new VBox(12, form, actions, result, trust);
    }

    private static Label label(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.setLabelFor(field);
        return label;
    }

    private static Label errorLabel(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.DANGER);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Button button(String id, String textKey, Feather icon) {
        Button button = new Button(Messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        return button;
    }
}
