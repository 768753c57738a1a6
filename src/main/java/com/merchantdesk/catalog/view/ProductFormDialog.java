package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The product form in its own modal window: Ctrl+S saves, Esc cancels (asking first when something was typed). */
final class ProductFormDialog {

    private final ProductFormViewModel vm;
    private final ProductFormView view;
    private final Stage stage = new Stage();
    private final Consumer<Product> onSaved;

    private ProductFormDialog(Window owner, ProductFormViewModel vm, ImageStore images, List<String> categories,
                              Consumer<Product> onSaved) {
        this.vm = vm;
        this.view = new ProductFormView(vm, images, categories);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(vm.isNew() ? Messages.get("products.form.window.new")
                : Messages.get("products.form.window.edit", vm.titleProperty().get()));
        view.node().setPrefSize(1120, 720);
        Scene scene = DialogScenes.create(view.node(), owner);
        scene.getAccelerators().put(ProductShortcuts.SAVE, this::save);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean popupOpen = scene.getFocusOwner() instanceof ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !popupOpen) {
                e.consume();
                cancel();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            cancel();
        });
        view.setOnSave(this::save);
        view.setOnCancel(this::cancel);
        this.onSaved = saved -> {
            stage.close();
            onSaved.accept(saved);
        };
    }

    /** Opens the form; {@code onSaved} runs on the FX thread after the product was stored. */
    static ProductFormDialog open(Window owner, ProductFormViewModel vm, ImageStore images, List<String> categories,
                                  Consumer<Product> onSaved) {
        ProductFormDialog dialog = new ProductFormDialog(owner, vm, images, categories, onSaved);
        dialog.stage.show();
        dialog.view.focusTitle();
        return dialog;
    }

    Stage stage() { return stage; }

    ProductFormView view() { return view; }

    private void save() {
        if (!vm.save(onSaved)) {
            view.focusFirstError();
        }
    }

    private void cancel() {
        if (vm.savingProperty().get()) {
            return;
        }
        if (!vm.dirtyProperty().get() || confirmDiscard()) {
            stage.close();
        }
    }

    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType(Messages.get("products.form.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("products.form.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("products.form.discard.text"), discard, keep);
        alert.initOwner(stage);
        DialogScenes.styleLike(alert.getDialogPane(), stage);
        alert.setTitle(Messages.get("products.form.discard.title"));
        alert.setHeaderText(null);
        // Enter keeps the work; throwing it away takes a deliberate choice.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
