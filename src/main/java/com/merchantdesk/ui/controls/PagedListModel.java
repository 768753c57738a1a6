package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * A list shown one page at a time, queried in the background: the page on screen, the total, the selected row
 * (kept across reloads by id), and first/previous/next/last. A newer query makes older answers irrelevant.
 *
 * @param <T> one row
 */
public abstract class PagedListModel<T> implements Paging {

    private final BackgroundRunner work;
    private final int pageSize;
    private final String errorKey;
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(this, "offset");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final StringBinding pageLabel;
    private Task<Page<T>> pending;
    private long generation;
    private String selectAfterLoad;
    /** What the page label says when nothing matches ("No orders", "No customers"). */
    private final String noneKey;

    protected PagedListModel(BackgroundRunner work, int pageSize, String errorKey, String noneKey) {
        this.work = work;
        this.pageSize = pageSize;
        this.errorKey = errorKey;
        this.noneKey = noneKey;
        this.pageLabel = Bindings.createStringBinding(this::describePage, offset, total, rows);
    }

    /** The query of the page at {@code offset}, captured now (on the FX thread), run later in the background. */
    protected abstract Callable<Page<T>> fetch(int offset, int limit);

    /** A row's stable id, to keep the selection across reloads. */
    protected abstract String idOf(T row);

    public ObservableList<T> rows() { return rows; }
    public ObjectProperty<T> selectedProperty() { return selected; }
    public ReadOnlyIntegerProperty offsetProperty() { return offset.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /** At least one page has arrived (before that, an empty list means "still loading", not "nothing"). */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** "1–100 of 12,345". */
    @Override public StringBinding pageLabel() { return pageLabel; }
    @Override public Observable[] pagePosition() { return new Observable[] {offset, total}; }
    public int pageSize() { return pageSize; }
    protected BackgroundRunner work() { return work; }

    @Override public boolean hasPreviousPage() { return offset.get() > 0; }
    @Override public boolean hasNextPage() { return offset.get() + pageSize < total.get(); }

    @Override public void firstPage() { goTo(0); }
    @Override public void previousPage() { goTo(Math.max(0, offset.get() - pageSize)); }
    @Override public void nextPage() {
        if (hasNextPage()) {
            goTo(offset.get() + pageSize);
        }
    }
    @Override public void lastPage() { goTo(lastOffset(total.get())); }

    /** Loads the current page again, keeping the selection where it still exists. */
    public void refresh() { load(); }

    /** Reloads and then selects the row with {@code id} if it is on the page. */
    public void refreshSelecting(String id) {
        selectAfterLoad = id;
        load();
    }

    /** Back to the first page, e.g. after a filter changed. */
    protected void reloadFromStart() {
        offset.set(0);
        load();
    }

    /** Shows nothing (a filter that cannot match, such as a date range that ends before it starts). */
    protected void showNothing() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
        }
        offset.set(0);
        total.set(0);
        rows.clear();
        selected.set(null);
        loading.set(false);
        loaded.set(true);
    }

    private void goTo(int newOffset) {
        if (newOffset != offset.get()) {
            offset.set(newOffset);
            selected.set(null);
            load();
        }
    }

    protected void load() {
        beforeLoad();
        if (pending != null) {
            pending.cancel(false);
        }
        Callable<Page<T>> query = fetch(offset.get(), pageSize);
        if (query == null) {
            showNothing();
            return;
        }
        long mine = ++generation;
        loading.set(true);
        pending = work.run(query, page -> {
            if (mine == generation) {
                show(page);
            }
        }, error -> {
            if (mine == generation) {
                loading.set(false);
                work.report(errorKey, error);
            }
        });
    }

    /** Called before each load (stop a pending search delay). */
    protected void beforeLoad() {}

    private void show(Page<T> page) {
        if (page.items().isEmpty() && page.total() > 0 && page.offset() > 0) {
            // Rows went away (a filter no longer matches them) and this page is now past the end.
            offset.set(lastOffset(page.total()));
            load();
            return;
        }
        String keep = selectAfterLoad != null ? selectAfterLoad : selected.get() == null ? null : idOf(selected.get());
        selectAfterLoad = null;
        total.set(page.total());
        rows.setAll(page.items());
        selected.set(keep == null ? null : find(keep).orElse(null));
        loading.set(false);
        loaded.set(true);
    }

    public Optional<T> find(String id) {
        return rows.stream().filter(r -> idOf(r).equals(id)).findFirst();
    }

    private String describePage() {
        long all = total.get();
        if (all == 0) {
            return Messages.get(noneKey);
        }
        long from = offset.get() + 1L;
        long to = Math.min(all, offset.get() + (long) Math.max(rows.size(), 1));
        NumberFormat counts = NumberFormat.getIntegerInstance(Messages.locale());
        return Messages.get("controls.page.range", counts.format(from), counts.format(to), counts.format(all));
    }

    private int lastOffset(long all) {
        if (all <= 0) {
            return 0;
        }
        return (int) ((all - 1) / pageSize * pageSize);
    }
}
