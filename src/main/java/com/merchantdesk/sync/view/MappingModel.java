package com.merchantdesk.sync.view;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.orders.LineMapping;
import com.merchantdesk.ui.controls.BackgroundRunner;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Platform order lines whose SKU the desk does not know, and their mapping to a SKU found with the catalogue's
 * product search (as you type, debounced, a late answer never shown).
 */
final class MappingModel {

    static final int LIMIT = 500;
    static final int SUGGESTIONS = 20;

    private final LineMapping mapping;
    private final CatalogService catalog;
    private final BackgroundRunner work;
    private final Runnable changed;
    private final ObservableList<LineMapping.LineToMap> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LineMapping.LineToMap> selectedLine = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<SkuRow> found = FXCollections.observableArrayList();
    private final ObjectProperty<SkuRow> selectedSku = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    private Task<?> searching;
    private long generation;

    MappingModel(LineMapping mapping, CatalogService catalog, BackgroundRunner work, Runnable changed) {
        this.mapping = mapping;
        this.catalog = catalog;
        this.work = work;
        this.changed = changed;
        typing.setOnFinished(e -> runSearch());
        search.addListener((obs, before, now) -> typing.playFromStart());
        // The platform's reference is usually the SKU's code: start the search from it.
        selectedLine.addListener((obs, before, now) -> {
            error.set("");
            if (now != null) {
                search.set(now.platformSku());
            }
        });
    }

    ObservableList<LineMapping.LineToMap> lines() { return lines; }
    ObjectProperty<LineMapping.LineToMap> selectedLineProperty() { return selectedLine; }
    StringProperty searchProperty() { return search; }
    ObservableList<SkuRow> found() { return found; }
    ObjectProperty<SkuRow> selectedSkuProperty() { return selectedSku; }
    StringProperty errorProperty() { return error; }

    void load() {
        work.run(() -> mapping.waiting(LIMIT), lines::setAll, e -> work.report("sync.view.mapping.loadFailed", e));
    }

    private void runSearch() {
        long mine = ++generation;
        if (searching != null) {
            searching.cancel(false);
        }
        String words = search.get() == null ? "" : search.get().strip();
        if (words.isEmpty()) {
            found.clear();
            return;
        }
        ProductQuery query = ProductQuery.firstPage(SUGGESTIONS).withText(words);
        searching = work.run(() -> catalog.search(query), page -> {
            if (mine == generation) {
                found.setAll(page.items());
            }
        }, e -> work.report("sync.view.mapping.loadFailed", e));
    }

    /** Maps the selected line to the selected SKU. */
    void map() {
        LineMapping.LineToMap line = selectedLine.get();
        SkuRow sku = selectedSku.get();
        if (line == null || sku == null) {
            return;
        }
        work.run(() -> mapping.map(line.lineId(), sku.code()), done -> {
            error.set("");
            load();
            changed.run();
        }, e -> error.set(BackgroundRunner.describe(e)));
    }
}
