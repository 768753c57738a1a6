package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogOpener;
import com.merchantdesk.ui.shell.ScreenContext;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** What the toolbar, the keys and the context menu do: open the dialogs and run archive, delete and refresh. */
final class ProductActions {

    private final ScreenContext context;
    private final AppContext app;
    private final BackgroundRunner runner;
    private final ProductListViewModel list;
    private final SkuDetailViewModel detail;
    private final ProductFormViewModel.Services formServices;
    private final DialogOpener dialogs;
    private Runnable focusList = () -> {};
    private Runnable focusSearch = () -> {};

    ProductActions(ScreenContext context, BackgroundRunner runner, ProductListViewModel list, SkuDetailViewModel detail) {
        this.context = context;
        this.app = context.app();
        this.runner = runner;
        this.list = list;
        this.detail = detail;
        this.formServices = new ProductFormViewModel.Services(app.catalog(), app.stock(), app.images(), runner);
        this.dialogs = new DialogOpener(runner);
    }

    void setFocusTargets(Runnable list, Runnable search) {
        this.focusList = list;
        this.focusSearch = search;
    }

    void focusList() { focusList.run(); }

    void focusSearch() { focusSearch.run(); }

    void refresh() {
        list.refresh();
        detail.refresh();
    }

    void newProduct() {
        dialogs.open(() -> Money.currency(app.settings().load().currency()),
                currency -> openForm(ProductFormViewModel.forNew(formServices, currency), null), "products.error.open");
    }

    void editSelected() {
        Optional<SkuRow> row = selected();
        if (row.isEmpty()) {
            return;
        }
        dialogs.open(() -> app.catalog().find(row.get().productId()), found -> {
            if (found.isPresent()) {
                openForm(ProductFormViewModel.forEdit(formServices, found.get()), row.get().skuId());
            } else {
                context.status().show(Messages.get("validation.product.missing"));
                list.refresh();
            }
        }, "products.error.open");
    }

    private void openForm(ProductFormViewModel vm, String skuToKeep) {
        ProductFormDialog.open(owner(), vm, app.images(), List.copyOf(list.categories()), saved -> {
            context.status().show(Messages.get(vm.isNew() ? "products.created" : "products.saved", saved.title()));
            List<String> ids = saved.skus().stream().map(Sku::id).toList();
            list.refreshSelecting(skuToKeep != null && ids.contains(skuToKeep) ? skuToKeep : ids.get(0));
            detail.refresh();
        });
    }

    void adjustSelected() {
        selected().ifPresent(row -> StockAdjustDialog.open(owner(),
                new StockAdjustViewModel(row, app.stock(), runner), movement -> {
                    context.status().show(Messages.get("products.adjusted", row.code(), Formats.delta(movement.delta()),
                            Formats.count(movement.onHandAfter())));
                    list.refreshSelecting(row.skuId());
                    detail.refresh();
                }));
    }

    /** Archives the selected product, or brings an archived one back as active. */
    void toggleArchiveSelected() {
        selected().ifPresent(row -> {
            ProductStatus target = row.status() == ProductStatus.ARCHIVED ? ProductStatus.ACTIVE : ProductStatus.ARCHIVED;
            setStatus(row, target);
        });
    }

    private void setStatus(SkuRow row, ProductStatus target) {
        runner.run(() -> app.catalog().setStatus(row.productId(), target), product -> {
            context.status().show(Messages.get(target == ProductStatus.ARCHIVED ? "products.archived" : "products.unarchived",
                    product.title()));
            list.refreshSelecting(row.skuId());
        }, error -> runner.report("products.error.status", error));
    }

    /**
     * Deletes the selected product after asking. The service refuses a product with stock history; then the
     * seller sees why and may archive it instead.
     */
    void deleteSelected() {
        Optional<SkuRow> choice = selected();
        if (choice.isEmpty()) {
            return;
        }
        SkuRow row = choice.get();
        ButtonType delete = new ButtonType(Messages.get("products.delete.yes"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = alert(Alert.AlertType.CONFIRMATION, "products.delete.title",
                Messages.get("products.delete.text", row.title()), delete, ButtonType.CANCEL);
        preferCancel(confirm, delete, ButtonType.CANCEL);
        if (confirm.showAndWait().filter(delete::equals).isEmpty()) {
            return;
        }
        runner.run(() -> {
            app.catalog().delete(row.productId());
            return row;
        }, deleted -> {
            context.status().show(Messages.get("products.deleted", deleted.title()));
            list.refresh();
        }, error -> {
            if (error instanceof ValidationException refused) {
                offerArchive(row, BackgroundRunner.describe(refused));
            } else {
                runner.report("products.error.delete", error);
            }
        });
    }

    private void offerArchive(SkuRow row, String reason) {
        boolean canArchive = row.status() != ProductStatus.ARCHIVED;
        ButtonType archive = new ButtonType(Messages.get("products.action.archive"), ButtonBar.ButtonData.OK_DONE);
        Alert refused = canArchive
                ? alert(Alert.AlertType.WARNING, "products.delete.refused", reason, archive, ButtonType.CLOSE)
                : alert(Alert.AlertType.WARNING, "products.delete.refused", reason, ButtonType.CLOSE);
        refused.getDialogPane().setId("delete-refused");
        Optional<ButtonType> answer = refused.showAndWait();
        if (canArchive && answer.filter(archive::equals).isPresent()) {
            setStatus(row, ProductStatus.ARCHIVED);
        }
    }

    private Alert alert(Alert.AlertType type, String titleKey, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner());
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(null);
        ProductDialogs.WINDOWS.styleLike(alert.getDialogPane(), owner());
        return alert;
    }

    private static void preferCancel(Alert alert, ButtonType act, ButtonType cancel) {
        ((Button) alert.getDialogPane().lookupButton(act)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    }

    private Optional<SkuRow> selected() {
        SkuRow row = list.selectedProperty().get();
        if (row == null) {
            context.status().show(Messages.get("products.selectFirst"));
        }
        return Optional.ofNullable(row);
    }

    private Window owner() { return context.owner() == null ? null : context.owner().get(); }
}
