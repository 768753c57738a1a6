package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockMovement;
import com.merchantdesk.catalog.StockService;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The selected SKU's product and its newest stock movements, loaded in the background. */
public final class SkuDetailViewModel {

    /** How many movements the pane shows; the ledger itself keeps everything. */
    public static final int HISTORY_LIMIT = 200;

    private record Detail(Product product, List<StockMovement> history) {}

    private final CatalogService catalog;
    private final StockService stock;
    private final BackgroundRunner runner;
    private final ObjectProperty<SkuRow> sku = new SimpleObjectProperty<>(this, "sku");
    private final ReadOnlyObjectWrapper<Product> product = new ReadOnlyObjectWrapper<>(this, "product");
    private final ObservableList<StockMovement> history = FXCollections.observableArrayList();
    private long generation;

    public SkuDetailViewModel(CatalogService catalog, StockService stock, BackgroundRunner runner) {
        this.catalog = catalog;
        this.stock = stock;
        this.runner = runner;
        sku.addListener((o, before, now) -> {
            // A reload brings a new but equal row; only a different SKU or changed stock needs a new look-up.
            if (!java.util.Objects.equals(before, now)) {
                refresh();
            }
        });
    }

    public ObjectProperty<SkuRow> skuProperty() { return sku; }
    public ReadOnlyObjectProperty<Product> productProperty() { return product.getReadOnlyProperty(); }
    public ObservableList<StockMovement> history() { return history; }

    /** The product's own record of the selected SKU (prices, cost, weight), once loaded. */
    public Optional<Sku> selectedSku() {
        SkuRow row = sku.get();
        Product p = product.get();
        if (row == null || p == null) {
            return Optional.empty();
        }
        return p.skus().stream().filter(s -> s.id().equals(row.skuId())).findFirst();
    }

    public void refresh() {
        SkuRow row = sku.get();
        long mine = ++generation;
        if (row == null) {
            product.set(null);
            history.clear();
            return;
        }
        runner.run(() -> new Detail(catalog.find(row.productId()).orElse(null), stock.history(row.skuId(), HISTORY_LIMIT)),
                detail -> {
                    if (mine == generation) {
                        product.set(detail.product());
                        history.setAll(detail.history());
                    }
                },
                error -> runner.report("products.error.load", error));
    }
}
