package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.view.SettingsSection;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.shell.ScreenContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings → Shipping: the carriers, their services and windows, cut-offs, working days, days off and the promises
 * ({@link ShippingSettingsForm}), with a Save button; after a save the form shows the rules as stored and what an
 * order paid now would get.
 */
public final class ShippingSettingsSection implements SettingsSection {

    @Override public int order() { return 100; }

    @Override public String id() { return "shipping"; }

    @Override public String titleKey() { return "shipping.view.settings.section"; }

    @Override
    public Node content(ScreenContext context) {
        BackgroundRunner work = new BackgroundRunner(context.background(), context.status());
        ShippingSettingsForm form = new ShippingSettingsForm(context.app(), work);
        Label saved = new Label();
        saved.setId("shipping-settings-saved");
        saved.setWrapText(true);
        Button save = new Button(Messages.get("shipping.view.settings.saveRules"));
        save.setId("shipping-settings-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busyProperty());
        save.setOnAction(e -> {
            saved.setText("");
            form.save(() -> {
                form.load(() -> saved.setText(Messages.get("shipping.view.settings.saved")));
            });
        });
        HBox actions = new HBox(12, save, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.load(() -> { });
        VBox box = new VBox(12, form.view(), actions);
        box.getStylesheets().add(ShippingDialogs.STYLESHEET);
        return box;
    }
}
