package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FormWindowKeys;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The shipping rules in a window of their own, opened from the To ship screen: the same {@link ShippingSettingsForm}
 * as the Settings screen's Shipping section, with Save and Cancel.
 */
final class ShippingSettingsDialog {

    private ShippingSettingsDialog() {}

    static void open(Window owner, AppContext app, BackgroundRunner work, Runnable onSaved) {
        ShippingSettingsForm form = new ShippingSettingsForm(app, work);
        form.load(() -> show(owner, form, onSaved));
    }

    private static void show(Window owner, ShippingSettingsForm form, Runnable onSaved) {
        Stage stage = DialogWindows.stage(owner, Messages.get("shipping.view.settings.window"));
        Runnable doSave = () -> form.save(() -> {
            stage.close();
            onSaved.run();
        });
        Button save = new Button(Messages.get("shipping.view.settings.save"));
        save.setId("shipping-settings-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busyProperty());
        save.setOnAction(e -> doSave.run());
        Button cancel = new Button(Messages.get("customers.view.form.cancel"));
        cancel.setOnAction(e -> stage.close());
        HBox footer = new HBox(8, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 18, 12, 18));

        ScrollPane scroll = new ScrollPane(form.view());
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(16, 18, 8, 18));
        BorderPane root = new BorderPane(scroll);
        root.setId("shipping-settings-window");
        root.setBottom(footer);
        root.setPrefSize(900, 620);
        stage.setScene(ShippingDialogs.WINDOWS.scene(root, owner));
        FormWindowKeys.install(stage, ShippingShortcuts.SAVE, doSave, stage::close);
        stage.show();
    }
}
