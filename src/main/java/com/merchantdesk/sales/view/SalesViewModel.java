package com.merchantdesk.sales.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.sales.BusinessDays;
import com.merchantdesk.sales.Granularity;
import com.merchantdesk.sales.RestockLine;
import com.merchantdesk.sales.SalesRange;
import com.merchantdesk.sales.SalesReport;
import com.merchantdesk.sales.TopSku;
import com.merchantdesk.shipping.ShippingPerformance;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sales screen's state: the range (a preset or two typed days), grouping, channel, the loaded report with its
 * top SKUs, and the restock list. Every read runs off the FX thread; an answer for a range the seller has since
 * left is dropped, so changing the range never freezes the window nor shows an old answer.
 */
final class SalesViewModel {

    /**
     * What one load brings: the report, the best SKUs by each ranking, the shipping performance of the parcels
     * shipped on the range's business days (same channels), the shop's currency and theme.
     */
    record Loaded(SalesReport report, Map<TopSku.By, List<TopSku>> tops, List<ShippingPerformance> shipping,
                  Currency currency, String theme) {}

    static final int TOP = 10;

    private final AppContext app;
    private final BackgroundRunner work;
    final ObjectProperty<RangePreset> preset = new SimpleObjectProperty<>(RangePreset.LAST_30_DAYS);
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Granularity> by = new SimpleObjectProperty<>(Granularity.DAY);
    /** null: all channels. */
    final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    final StringProperty fromError = new SimpleStringProperty("");
    final StringProperty toError = new SimpleStringProperty("");
    final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    final ObservableList<RestockLine> restock = FXCollections.observableArrayList();
    final IntegerProperty restockDays = new SimpleIntegerProperty(14);
    final BooleanProperty busy = new SimpleBooleanProperty();
    final StringProperty counting = new SimpleStringProperty("");
    private int generation;
    private boolean settingDays;

    SalesViewModel(AppContext app, BackgroundRunner work) {
        this.app = app;
        this.work = work;
        preset.addListener((o, a, b) -> load());
        by.addListener((o, a, b) -> load());
        channel.addListener((o, a, b) -> load());
        from.addListener((o, a, b) -> typedDays());
        to.addListener((o, a, b) -> typedDays());
        restockDays.addListener((o, a, b) -> loadRestock());
    }

    /** A day typed or picked: the range is the seller's own now. */
    private void typedDays() {
        if (settingDays) {
            return;
        }
        if (preset.get() != RangePreset.CUSTOM) {
            preset.set(RangePreset.CUSTOM);
        } else {
            load();
        }
    }

    /** Reads the figures for the range as it is now (counting the summaries first if they never were). */
    void load() {
        int mine = ++generation;
        RangePreset chosen = preset.get();
        LocalDate typedFrom = from.get();
        LocalDate typedTo = to.get();
        if (chosen == RangePreset.CUSTOM && !rangeOk(typedFrom, typedTo)) {
            // Nothing is read; an answer still on its way is for a range the seller has left and will be dropped.
            busy.set(false);
            return;
        }
        fromError.set("");
        toError.set("");
        Granularity grouping = by.get();
        Set<Channel> channels = channel.get() == null ? Set.of() : Set.of(channel.get());
        busy.set(true);
        work.run(() -> {
            app.sales().ensureBuilt((done, total) -> Platform.runLater(() ->
                    counting.set(total == 0 || done == total ? "" : Messages.get("cli.sales.counting", done * 100 / total))));
            SalesRange range = chosen == RangePreset.CUSTOM ? SalesRange.of(typedFrom, typedTo)
                    : chosen.range(app.sales().today());
            Currency currency = Money.currency(app.settings().load().currency());
            SalesReport report = app.sales().report(range, grouping, channels);
            List<ShippingPerformance> shipping = app.shipping().performance(report.days().start(range.from()),
                    report.days().end(range.to()), channels);
            return new Loaded(report, app.sales().tops(range, channels, TOP), shipping, currency, app.settings().load().theme());
        }, result -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            settingDays = true;
            from.set(result.report().range().from());
            to.set(result.report().range().to());
            settingDays = false;
            loaded.set(result);
        }, error -> {
            if (mine == generation) {
                busy.set(false);
                work.report("sales.view.error.load", error);
            }
        });
        loadRestock();
    }

    /** Shows the range's errors on its two fields; true when there are none. */
    private boolean rangeOk(LocalDate first, LocalDate last) {
        fromError.set("");
        toError.set("");
        try {
            SalesRange.of(first, last);
            return true;
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                (error.field().equals("from") ? fromError : toError).set(error.message());
            }
            return false;
        }
    }

    void loadRestock() {
        int days = restockDays.get();
        work.run(() -> app.sales().restock(days), lines -> {
            if (days == restockDays.get()) {
                restock.setAll(lines);
            }
        }, error -> work.report("sales.view.error.load", error));
    }

    /** Counts every order again in a new business day, with progress, then reloads. */
    void changeBasis(BusinessDays days) {
        busy.set(true);
        work.run(() -> {
            app.sales().rebuild(days, (done, total) -> Platform.runLater(() ->
                    counting.set(done == total ? "" : Messages.get("cli.sales.counting", total == 0 ? 100 : done * 100 / total))));
            return days;
        }, done -> {
            counting.set("");
            load();
        }, error -> {
            busy.set(false);
            counting.set("");
            work.report("sales.view.error.load", error);
        });
    }

    BusinessDays businessDays() { return app.sales().businessDays(); }
}
