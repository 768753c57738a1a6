package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.Paging;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * State of the products list: search text, filters, sort, the page on screen and the selected SKU. Every
 * query runs on the background executor; a newer query makes older answers irrelevant.
 */
public final class ProductListViewModel implements Paging {

    public static final int PAGE_SIZE = 100;
    static final Duration SEARCH_DELAY = Duration.millis(150);

    private final CatalogService catalog;
    private final BackgroundRunner runner;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "status", StatusFilter.NOT_ARCHIVED);
    /** Null means every category. */
    private final StringProperty category = new SimpleStringProperty(this, "category");
    private final BooleanProperty lowStockOnly = new SimpleBooleanProperty(this, "lowStockOnly");
    private final BooleanProperty notOnPlatform = new SimpleBooleanProperty(this, "notOnPlatform");
    private final ReadOnlyObjectWrapper<ProductQuery.Sort> sort = new ReadOnlyObjectWrapper<>(this, "sort", ProductQuery.Sort.TITLE);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(this, "descending");
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(this, "offset");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    /** False when the count stopped at its limit: there are more rows than {@link #total}. */
    private final ReadOnlyBooleanWrapper totalExact = new ReadOnlyBooleanWrapper(this, "totalExact", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<SkuRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<SkuRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final StringBinding pageLabel;
    private final BooleanBinding filtered;

    private long generation;
    private javafx.concurrent.Task<Page<SkuRow>> pending;
    /** After the next page arrives, select this SKU (a scan, a save) instead of keeping the old selection. */
    private String selectAfterLoad;
    /** Set while several filters change together, so they reload once. */
    private boolean batch;

    public ProductListViewModel(CatalogService catalog, BackgroundRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
        searchDelay.setOnFinished(e -> reloadFromStart());
        searchText.addListener((o, before, now) -> {
            if (!batch) {
                searchDelay.playFromStart();
            }
        });
        ChangeListener<Object> filterChanged = (o, before, now) -> {
            if (!batch) {
                reloadFromStart();
            }
        };
        statusFilter.addListener(filterChanged);
        category.addListener(filterChanged);
        lowStockOnly.addListener(filterChanged);
        notOnPlatform.addListener(filterChanged);
        pageLabel = Bindings.createStringBinding(this::describePage, offset, total, totalExact, rows);
        filtered = Bindings.createBooleanBinding(
                () -> !searchText.get().isBlank() || category.get() != null || lowStockOnly.get() || notOnPlatform.get()
                        || statusFilter.get() != StatusFilter.NOT_ARCHIVED,
                searchText, category, lowStockOnly, notOnPlatform, statusFilter);
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<StatusFilter> statusFilterProperty() { return statusFilter; }
    public StringProperty categoryProperty() { return category; }
    public BooleanProperty lowStockOnlyProperty() { return lowStockOnly; }
    /** Only SKUs the platform has not received yet. */
    public BooleanProperty notOnPlatformProperty() { return notOnPlatform; }
    public ReadOnlyObjectProperty<ProductQuery.Sort> sortProperty() { return sort.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty descendingProperty() { return descending.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty offsetProperty() { return offset.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty totalExactProperty() { return totalExact.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /** At least one page has arrived (before that, an empty list means "still loading", not "nothing"). */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ObjectProperty<SkuRow> selectedProperty() { return selected; }
    public ObservableList<SkuRow> rows() { return rows; }
    public ObservableList<String> categories() { return categories; }
    /** "1–100 of 12,345", or "1–100 of more than 1,000" when the count stopped at its limit. */
    @Override public StringBinding pageLabel() { return pageLabel; }
    @Override public Observable[] pagePosition() { return new Observable[] {offset, total, totalExact}; }
    /** The seller narrowed the list (text or filters), so an empty list means "no match", not "no products". */
    public BooleanBinding filtered() { return filtered; }

    @Override public boolean hasPreviousPage() { return offset.get() > 0; }
    @Override public boolean hasNextPage() { return !totalExact.get() || offset.get() + PAGE_SIZE < total.get(); }

    /** The query the list shows now. */
    public ProductQuery query() {
        return new ProductQuery(searchText.get(), statusFilter.get().statuses(), category.get(), lowStockOnly.get(),
                sort.get(), descending.get(), offset.get(), PAGE_SIZE, notOnPlatform.get());
    }

    /** Sorting is done by the database over all matches, not over the page in memory. */
    public void sortBy(ProductQuery.Sort newSort, boolean newDescending) {
        if (newSort == sort.get() && newDescending == descending.get()) {
            return;
        }
        sort.set(newSort);
        descending.set(newDescending);
        reloadFromStart();
    }

    @Override public void firstPage() { goTo(0); }
    @Override public void previousPage() { goTo(Math.max(0, offset.get() - PAGE_SIZE)); }
    @Override public void nextPage() {
        if (hasNextPage()) {
            goTo(offset.get() + PAGE_SIZE);
        }
    }
    @Override public void lastPage() {
        if (totalExact.get()) {
            goTo(lastOffset(total.get()));
            return;
        }
        // The count stopped at its limit: count to the end once, for this one jump.
        ProductQuery q = query();
        long mine = generation;
        runner.run(() -> catalog.count(q), all -> {
            if (mine == generation) {
                goTo(lastOffset(all));
            }
        }, error -> runner.report("products.error.load", error));
    }

    private void goTo(int newOffset) {
        if (newOffset != offset.get()) {
            offset.set(newOffset);
            selected.set(null);
            load();
        }
    }

    /** Loads the current page again (F5, and after any change), keeping the selection where it still exists. */
    public void refresh() {
        load();
        loadCategories();
    }

    /** Reloads and then selects {@code skuId} if it is on the page. */
    public void refreshSelecting(String skuId) {
        selectAfterLoad = skuId;
        refresh();
    }

    void reloadFromStart() {
        offset.set(0);
        load();
    }

    private void load() {
        searchDelay.stop();
        if (pending != null) {
            pending.cancel(false);
        }
        ProductQuery q = query();
        long mine = ++generation;
        loading.set(true);
        pending = runner.run(() -> catalog.search(q), page -> {
            if (mine == generation) {
                show(page);
            }
        }, error -> {
            if (mine == generation) {
                loading.set(false);
                runner.report("products.error.load", error);
            }
        });
    }

    private void show(Page<SkuRow> page) {
        if (page.items().isEmpty() && page.total() > 0 && page.offset() > 0) {
            // Rows went away (archived, deleted) and this page is now past the end.
            offset.set(lastOffset(page.total()));
            load();
            return;
        }
        String keep = selectAfterLoad != null ? selectAfterLoad
                : selected.get() == null ? null : selected.get().skuId();
        selectAfterLoad = null;
        total.set(page.total());
        totalExact.set(page.totalExact());
        rows.setAll(page.items());
        selected.set(keep == null ? null : find(keep).orElse(null));
        loading.set(false);
        loaded.set(true);
    }

    private Optional<SkuRow> find(String skuId) {
        return rows.stream().filter(r -> r.skuId().equals(skuId)).findFirst();
    }

    private void loadCategories() {
        runner.run(catalog::categories, this::showCategories, error -> runner.report("products.error.load", error));
    }

    private void showCategories(List<String> names) {
        String chosen = category.get();
        categories.setAll(names);
        if (chosen != null && !names.contains(chosen)) {
            category.set(null);
        }
    }

    /**
     * What a barcode scanner sends: the code, then Enter. Selects the SKU with exactly that barcode or SKU code,
     * loosening filters that would hide it; otherwise the text stays an ordinary search and the seller is told.
     */
    public void scan(String typed) {
        String code = typed == null ? "" : typed.strip();
        if (code.isEmpty()) {
            return;
        }
        searchDelay.stop();
        runner.run(() -> catalog.findByScan(code), found -> {
            if (found.isPresent()) {
                showScanned(found.get());
                runner.status().show(Messages.get("products.scan.found", found.get().code(), found.get().title()));
            } else {
                reloadFromStart();
                runner.status().show(Messages.get("products.scan.notFound", code));
            }
        }, error -> runner.report("products.error.load", error));
    }

    private void showScanned(SkuRow row) {
        batch = true;
        try {
            // The scanned code is in the search field already; searching for it finds this SKU.
            if (!statusFilter.get().includes(row.status())) {
                statusFilter.set(StatusFilter.ALL);
            }
            if (category.get() != null && !category.get().equals(row.category())) {
                category.set(null);
            }
            if (lowStockOnly.get() && !row.lowStock()) {
                lowStockOnly.set(false);
            }
            notOnPlatform.set(false);
        } finally {
            batch = false;
        }
        selectAfterLoad = row.skuId();
        reloadFromStart();
    }

    private String describePage() {
        long all = total.get();
        if (all == 0) {
            return Messages.get("products.page.none");
        }
        long from = offset.get() + 1L;
        long to = Math.min(all, offset.get() + (long) Math.max(rows.size(), 1));
        return Messages.get(totalExact.get() ? "products.page.range" : "products.page.rangeMore", from, to, all);
    }

    private static int lastOffset(long total) {
        if (total <= 0) {
            return 0;
        }
        return (int) ((total - 1) / PAGE_SIZE * PAGE_SIZE);
    }
}
