package com.merchantdesk.sync.view;

import com.merchantdesk.orders.AfterSaleRequest;
import com.merchantdesk.orders.AfterSaleService;
import com.merchantdesk.ui.controls.BackgroundRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Buyers' after-sale requests waiting for the seller's answer: accept or refuse, with an optional note. */
final class AfterSalesModel {

    static final int LIMIT = 500;

    private final AfterSaleService service;
    private final BackgroundRunner work;
    private final Runnable changed;
    private final ObservableList<AfterSaleRequest> requests = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    AfterSalesModel(AfterSaleService service, BackgroundRunner work, Runnable changed) {
        this.service = service;
        this.work = work;
        this.changed = changed;
    }

    ObservableList<AfterSaleRequest> requests() { return requests; }
    StringProperty noteProperty() { return note; }
    StringProperty errorProperty() { return error; }

    void load() {
        work.run(() -> service.waiting(LIMIT), requests::setAll, e -> work.report("sync.view.afterSale.loadFailed", e));
    }

    void accept(AfterSaleRequest request) {
        String text = note.get();
        answer(() -> service.accept(request.id(), text, false, false));
    }

    void refuse(AfterSaleRequest request) {
        String text = note.get();
        answer(() -> service.refuse(request.id(), text));
    }

    private void answer(java.util.concurrent.Callable<AfterSaleRequest> call) {
        work.run(call, done -> {
            error.set("");
            note.set("");
            load();
            changed.run();
        }, e -> error.set(BackgroundRunner.describe(e)));
    }
}
