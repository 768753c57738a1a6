package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.OrderParcels;
import com.merchantdesk.shipping.PackageSize;
import com.merchantdesk.shipping.ServiceRef;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.Zone;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ship form of one order: how many units of each line go in this parcel (what is left, to begin with), the
 * carrier and service (Settings' default for the order's zone, to begin with), the tracking number as typed or
 * scanned, weight and size. Saving asks the shipping service; its refusals come back on their fields.
 */
public final class ShipFormViewModel {

    /** Field names of the errors map, as the service names them; {@link #GENERAL} for the rest. */
    public static final String GENERAL = "";

    /** One order line: what is left to ship, and how many units the seller puts in this parcel. */
    public record LineModel(OrderLine line, long shipped, long left, StringProperty quantity) {
        public String field() { return "line-" + line.position(); }
    }

    private final ShippingService shipping;
    private final BackgroundRunner work;
    private final OrderParcels parcels;
    private final Zone zone;
    private final List<LineModel> lines = new ArrayList<>();
    private final ObservableList<Carrier> carriers = FXCollections.observableArrayList();
    private final ObservableList<CarrierService> services = FXCollections.observableArrayList();
    private final ObjectProperty<Carrier> carrier = new SimpleObjectProperty<>(this, "carrier");
    private final ObjectProperty<CarrierService> service = new SimpleObjectProperty<>(this, "service");
    private final StringProperty tracking = new SimpleStringProperty(this, "tracking", "");
    private final StringProperty weight = new SimpleStringProperty(this, "weight", "");
    private final ObjectProperty<PackageSize> size = new SimpleObjectProperty<>(this, "size");
    private final ObjectProperty<Map<String, String>> errors = new SimpleObjectProperty<>(this, "errors", Map.of());
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");

    public ShipFormViewModel(ShippingService shipping, BackgroundRunner work, OrderParcels parcels, List<Carrier> all,
                             ShippingPolicy policy) {
        this.shipping = shipping;
        this.work = work;
        this.parcels = parcels;
        this.zone = Zone.of(parcels.order().shippingAddress().country(), policy.shopCountry());
        for (OrderLine line : parcels.order().lines()) {
            long left = parcels.left(line);
            lines.add(new LineModel(line, parcels.shipped(line.position()), left, new SimpleStringProperty(Long.toString(left))));
        }
        carriers.setAll(all.stream().filter(c -> c.definition().services().stream()
                .anyMatch(s -> s.international() == (zone == Zone.INTERNATIONAL))).toList());
        carrier.addListener((o, before, now) -> {
            services.setAll(now == null ? List.of() : now.definition().services().stream()
                    .filter(s -> s.international() == (zone == Zone.INTERNATIONAL)).toList());
            service.set(services.isEmpty() ? null : services.get(0));
        });
        ServiceRef preferred = policy.defaultService(zone);
        carriers.stream().filter(c -> c.code().equalsIgnoreCase(preferred.carrierCode())).findFirst()
                .or(() -> carriers.stream().findFirst()).ifPresent(carrier::set);
        services.stream().filter(s -> s.code().equalsIgnoreCase(preferred.serviceCode())).findFirst().ifPresent(service::set);
    }

    public OrderParcels parcels() { return parcels; }
    public Zone zone() { return zone; }
    public List<LineModel> lines() { return lines; }
    public ObservableList<Carrier> carriers() { return carriers; }
    public ObservableList<CarrierService> services() { return services; }
    public ObjectProperty<Carrier> carrierProperty() { return carrier; }
    public ObjectProperty<CarrierService> serviceProperty() { return service; }
    public StringProperty trackingProperty() { return tracking; }
    public StringProperty weightProperty() { return weight; }
    public ObjectProperty<PackageSize> sizeProperty() { return size; }
    public ObjectProperty<Map<String, String>> errorsProperty() { return errors; }
    public BooleanProperty savingProperty() { return saving; }

    /** Checks what can be checked here, then saves in the background; {@code onSaved} runs on the FX thread. */
    public void save(Consumer<Shipment> onSaved) {
        if (saving.get()) {
            return;
        }
        Map<String, String> found = new LinkedHashMap<>();
        List<ShipmentDraft.LineRequest> requests = new ArrayList<>();
        List<LineModel> requested = new ArrayList<>();
        for (LineModel l : lines) {
            String text = l.quantity().get() == null ? "" : l.quantity().get().strip();
            if (text.isEmpty() || text.equals("0")) {
                continue;
            }
            try {
                requests.add(new ShipmentDraft.LineRequest(l.line().position(), Long.parseLong(text)));
                requested.add(l);
            } catch (NumberFormatException e) {
                found.put(l.field(), Messages.get("validation.wholeNumber"));
            }
        }
        if (requests.isEmpty() && found.isEmpty()) {
            found.put(GENERAL, Messages.get("shipping.view.form.nothingChosen"));
        }
        Long grams = null;
        String w = weight.get() == null ? "" : weight.get().strip();
        if (!w.isEmpty()) {
            try {
                grams = Long.parseLong(w);
            } catch (NumberFormatException e) {
                found.put("weight", Messages.get("validation.wholeNumber"));
            }
        }
        if (!found.isEmpty()) {
            errors.set(found);
            return;
        }
        ShipmentDraft draft = new ShipmentDraft(parcels.order().id(), carrier.get() == null ? "" : carrier.get().code(),
                service.get() == null ? "" : service.get().code(), tracking.get(), requests, grams, size.get());
        saving.set(true);
        errors.set(Map.of());
        work.run(() -> shipping.create(draft, ShippingService.DEFAULT_ACTOR), shipment -> {
            saving.set(false);
            onSaved.accept(shipment);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                errors.set(fieldErrors(invalid, requested));
            } else {
                errors.set(Map.of(GENERAL, BackgroundRunner.describe(failure)));
            }
        });
    }

    /** The service's field names turned into this form's: {@code lines[i].quantity} is the i-th line asked for. */
    private static Map<String, String> fieldErrors(ValidationException e, List<LineModel> requested) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            String field = error.field();
            if (field.startsWith("lines[")) {
                int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
                field = i < requested.size() ? requested.get(i).field() : GENERAL;
            } else if (field.equals("order")) {
                field = GENERAL;
            }
            map.merge(field, error.message(), (a, b) -> a + " " + b);
        }
        return map;
    }
}
