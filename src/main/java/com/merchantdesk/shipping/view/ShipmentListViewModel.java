package com.merchantdesk.shipping.view;

import com.merchantdesk.kernel.Page;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentQuery;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.PagedListModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

/**
 * State of the shipments list: text (start of a tracking or order number, as you type), status, carrier, late,
 * at risk and the day shipped (shop's zone); newest first, a page at a time; the selected parcel.
 */
public final class ShipmentListViewModel extends PagedListModel<Shipment> {

    public static final int PAGE_SIZE = 100;
    private static final Duration SEARCH_DELAY = Duration.millis(200);

    private final ShippingService shipping;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<TrackingStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty carrier = new SimpleStringProperty(this, "carrier", "");
    private final BooleanProperty late = new SimpleBooleanProperty(this, "late");
    private final BooleanProperty atRisk = new SimpleBooleanProperty(this, "atRisk");
    private final BooleanProperty notOnPlatform = new SimpleBooleanProperty(this, "notOnPlatform");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);

    public ShipmentListViewModel(ShippingService shipping, Clock clock, BackgroundRunner work) {
        super(work, PAGE_SIZE, "shipping.view.error.load", "shipping.view.shipments.none");
        this.shipping = shipping;
        this.clock = clock;
        searchDelay.setOnFinished(e -> reloadFromStart());
        text.addListener((o, before, now) -> searchDelay.playFromStart());
        status.addListener((o, before, now) -> reloadFromStart());
        carrier.addListener((o, before, now) -> reloadFromStart());
        late.addListener((o, before, now) -> reloadFromStart());
        atRisk.addListener((o, before, now) -> reloadFromStart());
        notOnPlatform.addListener((o, before, now) -> reloadFromStart());
        day.addListener((o, before, now) -> reloadFromStart());
    }

    public StringProperty textProperty() { return text; }
    public ObjectProperty<TrackingStatus> statusProperty() { return status; }
    public StringProperty carrierProperty() { return carrier; }
    public BooleanProperty lateProperty() { return late; }
    public BooleanProperty atRiskProperty() { return atRisk; }
    /** Only parcels the platform has not received yet. */
    public BooleanProperty notOnPlatformProperty() { return notOnPlatform; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public Instant now() { return clock.instant(); }

    @Override
    protected Callable<Page<Shipment>> fetch(int offset, int limit) {
        LocalDate d = day.get();
        ZoneId z = zone.get();
        ShipmentQuery q = new ShipmentQuery(text.get(), status.get() == null ? Set.of() : Set.of(status.get()), carrier.get(),
                late.get(), atRisk.get(), d == null ? null : d.atStartOfDay(z).toInstant(),
                d == null ? null : d.plusDays(1).atStartOfDay(z).toInstant(), clock.instant(), offset, limit,
                notOnPlatform.get());
        return () -> shipping.search(q);
    }

    @Override
    protected String idOf(Shipment row) { return row.id(); }

    @Override
    protected void beforeLoad() { searchDelay.stop(); }
}
