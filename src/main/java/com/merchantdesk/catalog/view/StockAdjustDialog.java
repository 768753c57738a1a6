package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.WaitingLabel;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The stock adjust window: kind, quantity (its label follows the kind), reason, note, reference, and the live result. */
final class StockAdjustDialog {

    private final StockAdjustViewModel vm;
    private final Stage stage;
    private final FieldErrors validation;
    private final TextField quantity = new TextField();
    private final Consumer<StockMovement> onSaved;

    private StockAdjustDialog(Window owner, StockAdjustViewModel vm, Consumer<StockMovement> onSaved) {
        this.vm = vm;
        SkuRow sku = vm.sku();
        this.stage = DialogWindows.stage(owner, Messages.get("products.adjust.window", sku.code()));
        this.validation = new FieldErrors(vm.errorsProperty());
        this.onSaved = movement -> {
            stage.close();
            onSaved.accept(movement);
        };

        Label what = new Label(sku.optionLabel().isEmpty() ? sku.title() : sku.title() + " \u00b7 " + sku.optionLabel());
        what.getStyleClass().add("detail-title");
        what.setWrapText(true);
        Label code = new Label(Messages.get("products.adjust.sku", sku.code()));
        code.getStyleClass().add("text-muted");

        ComboBox<MovementKind> kind = new ComboBox<>();
        kind.setId("adjust-kind");
        kind.getItems().setAll(MovementKind.MANUAL);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(ChoiceLabels.of(Formats::kind));
        validation.register(kind, () -> StockAdjustViewModel.KIND);

        quantity.setId("adjust-quantity");
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        quantity.setPrefColumnCount(8);
        quantity.setAlignment(Pos.CENTER_RIGHT);
        validation.register(quantity, () -> StockAdjustViewModel.QUANTITY);
        Label quantityLabel = new Label();
        quantityLabel.setId("adjust-quantity-label");
        quantityLabel.textProperty().bind(vm.quantityLabel());
        quantityLabel.setLabelFor(quantity);
        Label hint = new Label();
        hint.textProperty().bind(vm.quantityHint());
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        TextField reason = text("adjust-reason", vm.reasonProperty(), "products.adjust.reason.prompt");
        TextField note = text("adjust-note", vm.noteProperty(), "products.adjust.note.prompt");
        TextField reference = text("adjust-reference", vm.referenceProperty(), "products.adjust.reference.prompt");

        Label now = new Label();
        now.setId("adjust-on-hand");
        now.textProperty().bind(Bindings.createStringBinding(() -> Formats.count(vm.onHandProperty().get()), vm.onHandProperty()));
        Label after = new Label();
        after.setId("adjust-after");
        after.getStyleClass().add("adjust-after");
        after.textProperty().bind(vm.resultingOnHand());
        HBox stockLine = new HBox(8, now, new FontIcon(Feather.ARROW_RIGHT), after);
        stockLine.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, label("products.adjust.onHand"), stockLine);
        grid.addRow(1, label("products.adjust.kind"), kind);
        grid.addRow(2, quantityLabel, quantity);
        grid.add(hint, 1, 3);
        grid.addRow(4, label("products.adjust.reason"), reason);
        grid.addRow(5, label("products.adjust.note"), note);
        grid.addRow(6, label("products.adjust.reference"), reference);
        GridPane.setHgrow(reason, Priority.ALWAYS);

        Label general = new Label();
        general.setId("adjust-error");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.textProperty().bind(Bindings.createStringBinding(
                () -> String.join(" ", vm.errorsProperty().get().values()), vm.errorsProperty()));
        general.visibleProperty().bind(general.textProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());

        Button save = new Button(Messages.get("products.adjust.save"));
        save.setId("adjust-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(ShortcutHint.tooltip("products.adjust.save", ProductShortcuts.SAVE));
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> save());
        Button cancel = new Button(Messages.get("products.form.cancel"));
        cancel.setId("adjust-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(18, 18);
        saving.visibleProperty().bind(vm.savingProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(10, spring, WaitingLabel.create("adjust-waiting", vm.waitingForWriterProperty()), saving,
                cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(12, new VBox(2, what, code), grid, general);
        BorderPane root = new BorderPane(content);
        root.setId("stock-adjust");
        root.setBottom(buttons);
        root.setPadding(new Insets(16, 18, 14, 18));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPrefWidth(520);
        Scene scene = ProductDialogs.WINDOWS.scene(root, owner);
        scene.getAccelerators().put(ProductShortcuts.SAVE, this::save);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean popupOpen = scene.getFocusOwner() instanceof ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !popupOpen && !vm.savingProperty().get()) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    /** Opens the window with the quantity field focused; {@code onSaved} runs after the movement was recorded. */
    static StockAdjustDialog open(Window owner, StockAdjustViewModel vm, Consumer<StockMovement> onSaved) {
        StockAdjustDialog dialog = new StockAdjustDialog(owner, vm, onSaved);
        dialog.stage.show();
        dialog.quantity.requestFocus();
        vm.loadOnHand();
        return dialog;
    }

    Stage stage() { return stage; }

    private void save() {
        if (!vm.save(onSaved)) {
            validation.firstInvalid().ifPresent(javafx.scene.Node::requestFocus);
        }
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setPromptText(Messages.get(promptKey));
        return field;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
