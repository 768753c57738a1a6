package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.controls.FormLayout.label;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FieldErrors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The refund window of a shipped order: units coming back per SKU, the amount (suggested from those units),
 * restock or write off, and a reason. Enter records the refund, Esc closes without changing anything.
 */
final class RefundDialog {

    private final RefundViewModel vm;
    private final OrderDetailViewModel detail;
    private final Stage stage;
    private final FieldErrors errors;
    private final Button record = new Button(Messages.get("orders.view.refund.record"));

    private RefundDialog(Window owner, RefundViewModel vm, OrderDetailViewModel detail, Runnable onDone) {
        this.vm = vm;
        this.detail = detail;
        this.errors = new FieldErrors(vm.errorsProperty());
        this.stage = DialogWindows.stage(owner, Messages.get("orders.view.refund.window", vm.order().number()));

        Label heading = new Label(Messages.get("orders.view.refund.heading", vm.order().number(),
                OrderFormats.money(vm.order().total()), OrderFormats.money(vm.refundable())));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("refund-lines");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, columnTitle("orders.view.line.code"), columnTitle("orders.view.line.item"),
                columnTitle("orders.view.refund.remaining"), columnTitle("orders.view.refund.returning"));
        TextField firstQuantity = null;
        for (int i = 0; i < vm.lines().size(); i++) {
            RefundViewModel.ReturnLine line = vm.lines().get(i);
            TextField quantity = new TextField();
            quantity.setId("refund-quantity-" + i);
            quantity.setPrefColumnCount(5);
            quantity.setAlignment(Pos.CENTER_RIGHT);
            quantity.textProperty().bindBidirectional(line.quantityProperty());
            errors.register(quantity, RefundViewModel.lineField(i));
            Label item = new Label(line.label());
            item.setWrapText(true);
            quantity.setPromptText("0");
            Label code = new Label(line.code());
            code.setMinWidth(Region.USE_PREF_SIZE);
            Label remaining = new Label(OrderFormats.count(line.remaining()));
            remaining.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(i + 1, code, item, remaining, quantity);
            if (firstQuantity == null) {
                firstQuantity = quantity;
            }
        }
        Button everything = new Button(Messages.get("orders.view.refund.everything"));
        everything.setId("refund-everything");
        everything.setOnAction(e -> vm.returnEverything());

        TextField amount = new TextField();
        amount.setId("refund-amount");
        amount.setPrefColumnCount(10);
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.textProperty().bindBidirectional(vm.amountProperty());
        errors.register(amount, RefundViewModel.AMOUNT);
        Label amountHint = new Label(Messages.get("orders.view.refund.amountHint", OrderFormats.money(vm.refundable())));
        amountHint.getStyleClass().add("text-muted");
        amountHint.setWrapText(true);

        CheckBox restock = new CheckBox(Messages.get("orders.view.refund.restock"));
        restock.setId("refund-restock");
        restock.selectedProperty().bindBidirectional(vm.restockProperty());
        Label restockHint = new Label();
        restockHint.getStyleClass().add("text-muted");
        restockHint.setWrapText(true);
        restockHint.textProperty().bind(Bindings.when(vm.restockProperty())
                .then(Messages.get("orders.view.refund.restock.yes")).otherwise(Messages.get("orders.view.refund.restock.no")));

        TextField reason = new TextField();
        reason.setId("refund-reason");
        reason.setPromptText(Messages.get("orders.view.refund.reason.prompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("orders.view.refund.amount", amount), amount);
        form.add(amountHint, 1, 1);
        form.addRow(2, new Label(), restock);
        form.add(restockHint, 1, 3);
        form.addRow(4, label("orders.view.refund.reason", reason), reason);
        GridPane.setHgrow(reason, Priority.ALWAYS);

        Label general = new Label();
        general.setId("refund-error");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorsProperty().get().getOrDefault(RefundViewModel.GENERAL, ""), vm.errorsProperty()));
        general.visibleProperty().bind(general.textProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());

        ScrollPane linesScroll = new ScrollPane(grid);
        linesScroll.setFitToWidth(true);
        linesScroll.getStyleClass().add("edge-to-edge");
        linesScroll.setPrefViewportHeight(Math.min(vm.lines().size() + 1, 6) * 38);
        VBox body = new VBox(12, heading, linesScroll, everything, form, general);
        body.setPadding(new Insets(16, 18, 12, 18));

        record.setId("refund-record");
        record.setDefaultButton(true);
        record.getStyleClass().add("accent");
        record.disableProperty().bind(detail.busyProperty());
        record.setOnAction(e -> submit(onDone));
        Button cancel = new Button(Messages.get("orders.view.refund.cancel"));
        cancel.setId("refund-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox footer = new HBox(8, spring, cancel, record);
        footer.getStyleClass().add("form-footer");
        footer.setPadding(new Insets(10, 18, 12, 18));

        BorderPane root = new BorderPane(body);
        root.setId("refund-dialog");
        root.setBottom(footer);
        root.setPrefWidth(720);
        Scene scene = OrderDialogs.WINDOWS.scene(root, owner);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        TextField focus = firstQuantity == null ? amount : firstQuantity;
        stage.setOnShown(e -> focus.requestFocus());
    }

    static RefundDialog open(Window owner, RefundViewModel vm, OrderDetailViewModel detail, Runnable onDone) {
        RefundDialog dialog = new RefundDialog(owner, vm, detail, onDone);
        dialog.stage.show();
        return dialog;
    }

    private void submit(Runnable onDone) {
        RefundRequest request = vm.toRequest();
        if (request == null) {
            errors.firstInvalid().ifPresent(javafx.scene.Node::requestFocus);
            return;
        }
        detail.refund(request, done -> {
            stage.close();
            onDone.run();
        }, error -> {
            if (error instanceof ValidationException refused) {
                vm.showRefusal(request, refused.errors());
                errors.firstInvalid().ifPresent(javafx.scene.Node::requestFocus);
            } else {
                vm.showFailure(Messages.get("orders.view.refund.failed", BackgroundRunner.describe(error)));
            }
        });
    }

    private static Label columnTitle(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("column-title");
        return label;
    }
}
