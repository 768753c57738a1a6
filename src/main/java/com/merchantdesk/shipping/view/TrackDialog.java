package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.TrackingEvent;
import com.merchantdesk.shipping.TrackingEventDraft;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FormWindowKeys;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A tracking event entered by hand: status, time (ISO-8601 with its offset, filled with now in the shop's zone),
 * place and words. The service checks it; its refusal is shown under the fields.
 */
final class TrackDialog {

    private TrackDialog() {}

    static void open(Window owner, ShippingService shipping, BackgroundRunner work, Shipment shipment, ZoneId zone, Instant now,
                     Consumer<TrackingEvent> onSaved) {
        Stage stage = DialogWindows.stage(owner, Messages.get("shipping.view.track.window", shipment.trackingNumber()));
        ChoiceBox<TrackingStatus> status = new ChoiceBox<>();
        status.setId("track-status");
        status.getItems().addAll(TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED,
                TrackingStatus.EXCEPTION, TrackingStatus.RETURNED);
        status.setConverter(new StringConverter<>() {
            @Override public String toString(TrackingStatus s) { return s == null ? "" : Messages.get(s.messageKey()); }
            @Override public TrackingStatus fromString(String text) { return null; }
        });
        status.setValue(TrackingStatus.DELIVERED);
        TextField at = new TextField(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.MINUTES).atZone(zone)
                .toOffsetDateTime()));
        at.setId("track-at");
        TextField place = new TextField();
        place.setId("track-place");
        TextField note = new TextField();
        note.setId("track-note");
        Label error = new Label();
        error.setId("track-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(Messages.get("shipping.view.track.status")), status);
        grid.addRow(1, new Label(Messages.get("shipping.view.track.at")), at);
        grid.addRow(2, new Label(Messages.get("shipping.view.track.place")), place);
        grid.addRow(3, new Label(Messages.get("shipping.view.track.note")), note);
        grid.add(error, 1, 4);
        GridPane.setHgrow(at, Priority.ALWAYS);
        Button save = new Button(Messages.get("shipping.view.track.save"));
        save.setId("track-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        Runnable doSave = () -> {
            save.setDisable(true);
            TrackingEventDraft draft = new TrackingEventDraft(status.getValue(), at.getText(), place.getText(), note.getText());
            work.run(() -> shipping.addEvent(shipment.id(), draft, ShippingService.DEFAULT_ACTOR), event -> {
                stage.close();
                onSaved.accept(event);
            }, failure -> {
                save.setDisable(false);
                error.setText(failure instanceof ValidationException invalid ? invalid.errors().stream()
                        .map(FieldError::message).collect(Collectors.joining(" ")) : BackgroundRunner.describe(failure));
            });
        };
        save.setOnAction(e -> doSave.run());
        Button cancel = new Button(Messages.get("customers.view.form.cancel"));
        cancel.setOnAction(e -> stage.close());
        HBox footer = new HBox(8, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 18, 12, 18));
        grid.setPadding(new Insets(16, 18, 8, 18));
        BorderPane root = new BorderPane(grid);
        root.setId("track-form");
        root.setBottom(footer);
        root.setPrefWidth(520);
        stage.setScene(ShippingDialogs.WINDOWS.scene(root, owner));
        FormWindowKeys.install(stage, ShippingShortcuts.SAVE, doSave, stage::close);
        stage.show();
    }
}
