package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.OrderParcels;
import com.merchantdesk.shipping.PackageSize;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.FormWindowKeys;
import com.merchantdesk.ui.controls.ShortcutHint;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The ship form in its own window: the units of each line in this parcel, carrier and service, the tracking
 * number (a scanner's Enter moves on to the weight), weight and size. Ctrl+S or Enter saves, Esc closes.
 */
public final class ShipDialog {

    private final ShipFormViewModel vm;
    private final Stage stage;
    private final FieldErrors errors;
    private final TextField tracking = new TextField();

    private ShipDialog(Window owner, ShipFormViewModel vm, ZoneId zone, Consumer<Shipment> onSaved) {
        this.vm = vm;
        this.errors = new FieldErrors(vm.errorsProperty());
        Order order = vm.parcels().order();
        this.stage = DialogWindows.stage(owner, Messages.get("shipping.view.form.window", order.number()));

        Label title = new Label(Messages.get("shipping.view.form.title", order.number(), order.customerName()));
        title.getStyleClass().add("detail-title");
        String address = order.shippingAddress().blank() ? Messages.get("shipping.view.form.noAddress")
                : order.shippingAddress().oneLine();
        Label where = new Label(Messages.get(vm.zone().messageKey()) + " · " + address);
        where.setWrapText(true);
        OrderParcels parcels = vm.parcels();
        Label due = new Label(parcels.deadlines() == null ? Messages.get("shipping.view.form.noPromise")
                : Messages.get("shipping.view.form.due", ShippingFormats.time(parcels.deadlines().shipBy(), zone),
                ShippingFormats.time(parcels.deadlines().deliverBy(), zone)));

        GridPane lines = new GridPane();
        lines.setHgap(10);
        lines.setVgap(6);
        lines.addRow(0, header("shipping.view.form.sku"), header("shipping.view.form.item"), header("shipping.view.form.ordered"),
                header("shipping.view.form.alreadyShipped"), header("shipping.view.form.thisParcel"));
        int row = 1;
        for (ShipFormViewModel.LineModel l : vm.lines()) {
            TextField qty = new TextField();
            qty.setId("ship-form-qty-" + l.line().position());
            qty.setPrefColumnCount(4);
            qty.textProperty().bindBidirectional(l.quantity());
            qty.setDisable(l.left() == 0);
            errors.register(qty, l.field());
            lines.addRow(row++, new Label(l.line().skuCode()), new Label(l.line().label()),
                    new Label(Long.toString(l.line().remainingQuantity())), new Label(Long.toString(l.shipped())), qty);
        }

        ChoiceBox<Carrier> carrier = new ChoiceBox<>(vm.carriers());
        carrier.setId("ship-form-carrier");
        carrier.setConverter(converter(c -> c.name() + " (" + c.code() + ")"));
        carrier.valueProperty().bindBidirectional(vm.carrierProperty());
        errors.register(carrier, "carrier");
        ChoiceBox<CarrierService> service = new ChoiceBox<>(vm.services());
        service.setId("ship-form-service");
        service.setConverter(converter(s -> s.name() + " (" + s.code() + ")"));
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        errors.register(service, "service");
        tracking.setId("ship-form-tracking");
        tracking.setPromptText(Messages.get("shipping.view.form.trackingPrompt"));
        tracking.textProperty().bindBidirectional(vm.trackingProperty());
        errors.register(tracking, "tracking");
        TextField weight = new TextField();
        weight.setId("ship-form-weight");
        weight.setPrefColumnCount(6);
        weight.textProperty().bindBidirectional(vm.weightProperty());
        errors.register(weight, "weight");
        ChoiceBox<PackageSize> size = new ChoiceBox<>();
        size.setId("ship-form-size");
        size.getItems().add(null);
        size.getItems().addAll(PackageSize.values());
        size.setConverter(converter(s -> Messages.get(s.messageKey())));
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        // A scanner types the number and Enter: go on to the weight rather than saving at once.
        tracking.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                weight.requestFocus();
            }
        });

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, label("shipping.view.form.carrier", carrier), carrier, label("shipping.view.form.service", service), service);
        form.addRow(1, label("shipping.view.form.tracking", tracking), tracking);
        GridPane.setColumnSpan(tracking, 3);
        form.addRow(2, label("shipping.view.form.weight", weight), weight, label("shipping.view.form.size", size), size);
        GridPane.setHgrow(tracking, Priority.ALWAYS);

        Label general = new Label();
        general.setId("ship-form-error");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorsProperty().get().getOrDefault(ShipFormViewModel.GENERAL, ""), vm.errorsProperty()));
        general.visibleProperty().bind(general.textProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());

        Button save = new Button(Messages.get("shipping.view.form.save"));
        save.setId("ship-form-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(ShortcutHint.tooltip("shipping.view.form.save", ShippingShortcuts.SAVE));
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> save(onSaved));
        Button cancel = new Button(Messages.get("customers.view.form.cancel"));
        cancel.setId("ship-form-cancel");
        cancel.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox footer = new HBox(8, spring, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 18, 12, 18));

        VBox body = new VBox(10, title, where, due, lines, form, general);
        body.setPadding(new Insets(16, 18, 8, 18));
        BorderPane root = new BorderPane(body);
        root.setId("ship-form");
        root.setBottom(footer);
        root.setPrefWidth(680);
        stage.setScene(ShippingDialogs.WINDOWS.scene(root, owner));
        FormWindowKeys.install(stage, ShippingShortcuts.SAVE, () -> save(onSaved), stage::close);
        stage.setOnShown(e -> tracking.requestFocus());
    }

    /** Reads the order, its parcels, the carriers and the policy in the background, then shows the form. */
    public static void open(Window owner, AppContext app, BackgroundRunner work, String orderId, Consumer<Shipment> onSaved) {
        work.run(() -> new Loaded(app.shipping().parcels(orderId).orElse(null), app.shipping().carriers(),
                app.shipping().policy()), loaded -> {
            if (loaded.parcels() == null) {
                work.status().show(Messages.get("shipping.validation.orderMissing", orderId));
                return;
            }
            ShipFormViewModel vm = new ShipFormViewModel(app.shipping(), work, loaded.parcels(), loaded.carriers(), loaded.policy());
            new ShipDialog(owner, vm, loaded.policy().shopZone(), onSaved).stage.show();
        }, error -> work.report("shipping.view.error.load", error));
    }

    private record Loaded(OrderParcels parcels, List<Carrier> carriers, ShippingPolicy policy) {}

    private void save(Consumer<Shipment> onSaved) {
        vm.save(shipment -> {
            stage.close();
            onSaved.accept(shipment);
        });
    }

    private static Label header(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : text.apply(value); }

            @Override
            public T fromString(String string) { return null; }
        };
    }
}
