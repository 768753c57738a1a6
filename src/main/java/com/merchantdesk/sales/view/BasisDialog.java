package com.merchantdesk.sales.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sales.BusinessDays;
import java.time.ZoneId;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for the shop's business day: its time zone and the hour a day starts. Applying it counts every order again
 * (with progress on the screen), so it is asked for on purpose, not changed as the seller types.
 */
final class BasisDialog {

    private BasisDialog() {}

    static Optional<BusinessDays> ask(Window owner, BusinessDays now) {
        Dialog<BusinessDays> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("sales.view.basis.title"));
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        zone.setId("sales-basis-zone");
        zone.setEditable(true);
        zone.setValue(now.zone().getId());
        Spinner<Integer> hour = new Spinner<>(0, 23, now.dayStartHour());
        hour.setId("sales-basis-hour");
        Label explain = new Label(Messages.get("sales.view.basis.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(Messages.get("sales.view.basis.zone")), zone);
        grid.addRow(1, new Label(Messages.get("sales.view.basis.dayStart")), hour);
        grid.add(explain, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType apply = new ButtonType(Messages.get("sales.view.basis.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !validZone(zone.getEditor().getText()), zone.getEditor().textProperty()));
        dialog.setResultConverter(b -> b == apply ? new BusinessDays(ZoneId.of(zone.getEditor().getText().strip()), hour.getValue())
                : null);
        return dialog.showAndWait();
    }

    private static boolean validZone(String text) {
        try {
            ZoneId.of(text.strip());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
