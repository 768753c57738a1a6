package com.merchantdesk.orders.view;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.OrderSummaryCounts;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PagedListModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

/**
 * State of the orders list: filters (status, channel, created between two dates in the seller's zone, text),
 * the database sort, the page on screen, the selected order and the summary counters. Every query runs in the
 * background; a newer one makes older answers irrelevant.
 */
public final class OrderListViewModel extends PagedListModel<OrderRow> {

    public static final int PAGE_SIZE = 100;
    static final Duration SEARCH_DELAY = Duration.millis(200);

    private final OrderService orders;
    private final ZoneId zone;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(this, "status", StatusChoice.ALL);
    /** Null means every channel. */
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final BooleanProperty notOnPlatform = new SimpleBooleanProperty(this, "notOnPlatform");
    private final ReadOnlyObjectWrapper<OrderQuery.Sort> sort = new ReadOnlyObjectWrapper<>(this, "sort", OrderQuery.Sort.CREATED);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(this, "descending", true);
    private final ReadOnlyObjectWrapper<OrderSummaryCounts> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", new OrderSummaryCounts(0, 0, 0, 0));
    private final BooleanBinding datesReversed;
    private final BooleanBinding filtered;
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private long countsGeneration;

    public OrderListViewModel(OrderService orders, BackgroundRunner work, ZoneId zone) {
        super(work, PAGE_SIZE, "orders.view.error.load", "orders.view.page.none");
        this.orders = orders;
        this.zone = zone;
        searchDelay.setOnFinished(e -> reloadFromStart());
        searchText.addListener((o, before, now) -> searchDelay.playFromStart());
        ChangeListener<Object> filterChanged = (o, before, now) -> reloadFromStart();
        status.addListener((o, before, now) -> {
            if (now == null) {
                status.set(StatusChoice.ALL);
            } else {
                reloadFromStart();
            }
        });
        channel.addListener(filterChanged);
        from.addListener(filterChanged);
        to.addListener(filterChanged);
        notOnPlatform.addListener(filterChanged);
        datesReversed = Bindings.createBooleanBinding(
                () -> from.get() != null && to.get() != null && to.get().isBefore(from.get()), from, to);
        filtered = Bindings.createBooleanBinding(() -> !searchText.get().isBlank() || status.get() != StatusChoice.ALL
                        || channel.get() != null || from.get() != null || to.get() != null || notOnPlatform.get(),
                searchText, status, channel, from, to, notOnPlatform);
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<StatusChoice> statusProperty() { return status; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    /** Only orders the platform has not received yet. */
    public BooleanProperty notOnPlatformProperty() { return notOnPlatform; }
    public ReadOnlyObjectProperty<OrderQuery.Sort> sortProperty() { return sort.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty descendingProperty() { return descending.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<OrderSummaryCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    /** The "to" date is before the "from" date: nothing can match, and the seller is told so. */
    public BooleanBinding datesReversed() { return datesReversed; }
    /** The seller narrowed the list, so an empty list means "no match", not "no orders yet". */
    public BooleanBinding filtered() { return filtered; }
    public ZoneId zone() { return zone; }

    /**
     * The query the list shows now, or null when the dates cannot match. Dates are whole days in the seller's
     * zone: "1 to 31 March" is [1 March 00:00, 1 April 00:00).
     */
    public OrderQuery query() {
        if (datesReversed.get()) {
            return null;
        }
        return new OrderQuery(status.get().statuses(), channel.get() == null ? null : EnumSet.of(channel.get()),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                searchText.get(), sort.get(), descending.get(), offsetProperty().get(), PAGE_SIZE, notOnPlatform.get());
    }

    @Override
    protected Callable<Page<OrderRow>> fetch(int offset, int limit) {
        OrderQuery q = query();
        return q == null ? null : () -> orders.search(q);
    }

    @Override
    protected String idOf(OrderRow row) { return row.id(); }

    @Override
    protected void beforeLoad() { searchDelay.stop(); }

    /** Sorting is done by the database over all matches, not over the page in memory. */
    public void sortBy(OrderQuery.Sort newSort, boolean newDescending) {
        if (newSort == sort.get() && newDescending == descending.get()) {
            return;
        }
        sort.set(newSort);
        descending.set(newDescending);
        reloadFromStart();
    }

    /** A summary counter was clicked: show those orders, or everything again when it was already chosen. */
    public void toggleCounter(StatusChoice choice) {
        status.set(status.get() == choice ? StatusChoice.ALL : choice);
    }

    /** Reloads the page and the counters (F5, and after every change). */
    @Override
    public void refresh() {
        super.refresh();
        loadCounts();
    }

    @Override
    public void refreshSelecting(String id) {
        super.refreshSelecting(id);
        loadCounts();
    }

    /** Clears every filter and the text. */
    public void clearFilters() {
        searchText.set("");
        status.set(StatusChoice.ALL);
        channel.set(null);
        from.set(null);
        to.set(null);
        notOnPlatform.set(false);
    }

    private void loadCounts() {
        long mine = ++countsGeneration;
        work().run(orders::counts, c -> {
            if (mine == countsGeneration) {
                counts.set(c);
            }
        }, error -> work().report("orders.view.error.load", error));
    }

}
