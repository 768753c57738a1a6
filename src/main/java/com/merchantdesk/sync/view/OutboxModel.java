package com.merchantdesk.sync.view;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.OutboxRows;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PagedListModel;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Sync screen's outbox: a page at a time (it can hold tens of thousands of rows), filtered by state, with retry
 * and discard of a row. Discard is asked first with what goes with it ({@link Outbox#dependents}).
 */
final class OutboxModel extends PagedListModel<OutboxRows.Row> {

    static final int PAGE = 100;

    private final Database db;
    private final ObjectProperty<OutboxRows.Filter> filter = new SimpleObjectProperty<>(OutboxRows.Filter.OPEN);
    private final Runnable changed;

    /** {@code changed}: after a retry or discard (the status bar counts again). */
    OutboxModel(Database db, BackgroundRunner work, Runnable changed) {
        super(work, PAGE, "sync.view.outbox.loadFailed", "sync.view.outbox.none");
        this.db = db;
        this.changed = changed;
        filter.addListener((obs, before, now) -> reloadFromStart());
    }

    ObjectProperty<OutboxRows.Filter> filterProperty() { return filter; }

    @Override
    protected Callable<Page<OutboxRows.Row>> fetch(int offset, int limit) {
        OutboxRows.Filter f = filter.get();
        return () -> db.read(c -> OutboxRows.page(c, f, offset, limit));
    }

    @Override
    protected String idOf(OutboxRows.Row row) { return Long.toString(row.seq()); }

    /** Tries a failed row again (and releases what it blocked). */
    void retry(OutboxRows.Row row) {
        work().run(() -> db.write(c -> {
            Outbox.retry(c, row.seq());
            return null;
        }), done -> afterChange(), error -> work().report("sync.view.outbox.retryFailed", error));
    }

    /** What a discard of {@code row} would take with it, read in the background. */
    void dependents(OutboxRows.Row row, Consumer<List<Outbox.Entry>> answer) {
        work().run(() -> db.read(c -> Outbox.dependents(c, row.seq())), answer,
                error -> work().report("sync.view.outbox.loadFailed", error));
    }

    void discard(OutboxRows.Row row) {
        work().run(() -> db.write(c -> Outbox.discard(c, row.seq())), done -> afterChange(),
                error -> work().report("sync.view.outbox.discardFailed", error));
    }

    private void afterChange() {
        refresh();
        changed.run();
    }
}
