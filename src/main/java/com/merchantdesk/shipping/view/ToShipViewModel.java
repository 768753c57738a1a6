package com.merchantdesk.shipping.view;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.ToShipCounts;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PagedListModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the "To ship" cockpit: open orders least time left first, the filter (all, late, at risk, partly
 * shipped), the counts on its buttons, the policy's margin and zone, and the time now, which the screen moves
 * every second so each countdown follows it without a query.
 */
public final class ToShipViewModel extends PagedListModel<ToShipRow> {

    public static final int PAGE_SIZE = 100;

    private final ShippingService shipping;
    private final Clock clock;
    private final ObjectProperty<ToShipQuery.Filter> filter = new SimpleObjectProperty<>(this, "filter", ToShipQuery.Filter.ALL);
    private final ObjectProperty<ToShipCounts> counts = new SimpleObjectProperty<>(this, "counts", new ToShipCounts(0, 0, 0));
    private final ObjectProperty<Instant> now;
    private final ObjectProperty<Duration> atRiskMargin = new SimpleObjectProperty<>(this, "atRiskMargin",
            ShippingPolicy.DEFAULT_AT_RISK);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());

    public ToShipViewModel(ShippingService shipping, Clock clock, BackgroundRunner work) {
        super(work, PAGE_SIZE, "shipping.view.error.load", "shipping.view.page.none");
        this.shipping = shipping;
        this.clock = clock;
        this.now = new SimpleObjectProperty<>(this, "now", clock.instant());
        filter.addListener((o, before, after) -> reloadFromStart());
    }

    public ObjectProperty<ToShipQuery.Filter> filterProperty() { return filter; }
    public ObjectProperty<ToShipCounts> countsProperty() { return counts; }
    public ObjectProperty<Instant> nowProperty() { return now; }
    public ObjectProperty<Duration> atRiskMarginProperty() { return atRiskMargin; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }

    /** Moves the countdowns to the clock's time. */
    public void tick() { now.set(clock.instant()); }

    public boolean isLate(ToShipRow row) { return row.deadlines().lateAt(now.get()); }

    public boolean isAtRisk(ToShipRow row) { return row.deadlines().atRiskAt(now.get(), atRiskMargin.get()); }

    /** The page, the counts and the policy again. */
    @Override
    public void refresh() {
        tick();
        Instant at = now.get();
        work().run(() -> new Loaded(shipping.toShipCounts(at), shipping.policy()), loaded -> {
            counts.set(loaded.counts());
            atRiskMargin.set(loaded.policy().atRisk());
            zone.set(loaded.policy().shopZone());
        }, error -> work().report("shipping.view.error.load", error));
        super.refresh();
    }

    private record Loaded(ToShipCounts counts, ShippingPolicy policy) {}

    @Override
    protected Callable<Page<ToShipRow>> fetch(int offset, int limit) {
        ToShipQuery query = new ToShipQuery(filter.get(), now.get(), offset, limit);
        return () -> shipping.toShip(query);
    }

    @Override
    protected String idOf(ToShipRow row) { return row.orderId(); }
}
