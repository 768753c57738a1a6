package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FormWindowKeys;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The product form in its own modal window: Ctrl+S saves, Esc cancels (asking first when something was typed). */
final class ProductFormDialog {

    private final ProductFormViewModel vm;
    private final ProductFormView view;
    private final Stage stage;
    private final Consumer<Product> onSaved;

    private ProductFormDialog(Window owner, ProductFormViewModel vm, ImageStore images, List<String> categories,
                              Consumer<Product> onSaved) {
        this.vm = vm;
        this.view = new ProductFormView(vm, images, categories);
        this.stage = DialogWindows.stage(owner, vm.isNew() ? Messages.get("products.form.window.new")
                : Messages.get("products.form.window.edit", vm.titleProperty().get()));
        view.node().setPrefSize(1120, 720);
        stage.setScene(ProductDialogs.WINDOWS.scene(view.node(), owner));
        FormWindowKeys.install(stage, ProductShortcuts.SAVE, this::save, this::cancel);
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
        if (!vm.dirtyProperty().get() || ProductDialogs.WINDOWS.confirm(stage, "product-discard",
                Messages.get("products.form.discard.title"), Messages.get("products.form.discard.text"),
                "products.form.discard.yes", "products.form.discard.no", true)) {
            stage.close();
        }
    }
}
