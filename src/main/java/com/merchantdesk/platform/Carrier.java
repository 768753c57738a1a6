package com.merchantdesk.platform;

import com.merchantdesk.platform.carriers.CarrierDefinition;
import java.util.List;

/** A carrier as the API lists it (GET /v1/carriers): its tracking numbers' form, check digit and services. */
public record Carrier(String code, String name, String trackingPattern, String checkDigit, String trackingUrlTemplate,
                      List<Service> services) {

    /** One service, with its dispatch window and usual transit time in hours. */
    public record Service(String code, String name, boolean international, long dispatchWindowHours, long transitHours) {}

    public static Carrier of(CarrierDefinition d) {
        return new Carrier(d.code(), d.name(), d.trackingPattern(), d.checkDigit().name().toLowerCase(java.util.Locale.ROOT),
                d.trackingUrlTemplate(), d.services().stream().map(s -> new Service(s.code(), s.name(), s.international(),
                        s.dispatchWindow().toHours(), s.transitTime().toHours())).toList());
    }
}
