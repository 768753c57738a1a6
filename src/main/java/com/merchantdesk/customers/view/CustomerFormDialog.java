package com.merchantdesk.customers.view;

import static com.merchantdesk.ui.controls.FormLayout.label;

import com.merchantdesk.customers.Customer;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.FormWindowKeys;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.TextAreas;
import com.merchantdesk.ui.controls.WaitingLabel;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The customer form in its own window: Ctrl+S or Enter saves, Esc cancels (asking first when something was typed). */
final class CustomerFormDialog {

    private final CustomerFormViewModel vm;
    private final Stage stage;
    private final FieldErrors errors;
    private final TextField name = new TextField();

    private CustomerFormDialog(Window owner, CustomerFormViewModel vm, Consumer<Customer> onSaved) {
        this.vm = vm;
        this.errors = new FieldErrors(vm.errorsProperty());
        this.stage = DialogWindows.stage(owner, Messages.get(vm.isNew() ? "customers.view.form.window.new"
                : "customers.view.form.window.edit", vm.nameProperty().get()));

        name.setId("customer-form-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        errors.register(name, CustomerFormViewModel.NAME);
        TextField phone = field("customer-form-phone", vm.phoneProperty());
        errors.register(phone, CustomerFormViewModel.PHONE);
        TextField email = field("customer-form-email", vm.emailProperty());
        errors.register(email, CustomerFormViewModel.EMAIL);
        AddressFields address = new AddressFields("customer-form-", vm.address());
        TextField line1 = address.line1();
        TextField line2 = address.line2();
        TextField city = address.city();
        TextField region = address.region();
        TextField postal = address.postal();
        TextField country = address.country();
        TextArea note = new TextArea();
        note.setId("customer-form-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        TextAreas.tabLeaves(note);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, label("customers.view.form.name", name), name);
        grid.addRow(1, label("customers.view.form.phone", phone), phone);
        grid.addRow(2, label("customers.view.form.email", email), email);
        grid.addRow(3, label("customers.view.form.address", line1), line1);
        grid.add(line2, 1, 4);
        HBox place = new HBox(8, city, region, postal, country);
        grid.add(place, 1, 5);
        Label noteLabel = label("customers.view.form.note", note);
        GridPane.setValignment(noteLabel, javafx.geometry.VPos.TOP);
        grid.addRow(6, noteLabel, note);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Label general = new Label();
        general.setId("customer-form-error");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorsProperty().get().getOrDefault(CustomerFormViewModel.GENERAL, ""), vm.errorsProperty()));
        general.visibleProperty().bind(general.textProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());
        grid.add(general, 1, 7);

        Button save = new Button(Messages.get("customers.view.form.save"));
        save.setId("customer-form-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(ShortcutHint.tooltip("customers.view.form.save", CustomerShortcuts.SAVE));
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> save(onSaved));
        Button cancel = new Button(Messages.get("customers.view.form.cancel"));
        cancel.setId("customer-form-cancel");
        cancel.setOnAction(e -> cancel());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(18, 18);
        saving.visibleProperty().bind(vm.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        HBox footer = new HBox(8, spring, WaitingLabel.create("customer-form-waiting", vm.waitingForWriterProperty()),
                saving, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("form-footer");
        footer.setPadding(new Insets(10, 18, 12, 18));

        grid.setPadding(new Insets(16, 18, 8, 18));
        BorderPane root = new BorderPane(grid);
        root.setId("customer-form");
        root.setBottom(footer);
        root.setPrefWidth(640);
        stage.setScene(CustomerDialogs.WINDOWS.scene(root, owner));
        FormWindowKeys.install(stage, CustomerShortcuts.SAVE, () -> save(onSaved), this::cancel);
        stage.setOnShown(e -> name.requestFocus());
    }

    static CustomerFormDialog open(Window owner, CustomerFormViewModel vm, Consumer<Customer> onSaved) {
        CustomerFormDialog dialog = new CustomerFormDialog(owner, vm, onSaved);
        dialog.stage.show();
        return dialog;
    }

    private void save(Consumer<Customer> onSaved) {
        vm.save(saved -> {
            stage.close();
            onSaved.accept(saved);
        });
        vm.savingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    errors.firstInvalid().ifPresent(javafx.scene.Node::requestFocus);
                }
            }
        });
    }

    private void cancel() {
        if (vm.savingProperty().get()) {
            return;
        }
        if (!vm.dirtyProperty().get() || CustomerDialogs.WINDOWS.confirm(stage, "customer-discard", Messages.get("customers.view.form.discard.title"),
                Messages.get("customers.view.form.discard.text"), "orders.view.entry.discard.yes",
                "orders.view.entry.discard.no", true)) {
            stage.close();
        }
    }

    private static TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
