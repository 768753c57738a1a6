package com.merchantdesk.platform.carriers;

import java.time.Duration;
import java.util.Objects;

/**
 * One service of a carrier (e.g. standard domestic parcel, international express).
 *
 * @param code           short code, unique within the carrier, e.g. {@code STD}
 * @param international  true for a service that carries parcels abroad
 * @param dispatchWindow how long after payment a parcel should be handed to the carrier (ship-by)
 * @param transitTime    how long the carrier usually takes from hand-over to delivery
 */
public record CarrierService(String code, String name, boolean international, Duration dispatchWindow,
                             Duration transitTime) {

    public CarrierService {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dispatchWindow, "dispatchWindow");
        Objects.requireNonNull(transitTime, "transitTime");
        if (dispatchWindow.isNegative() || transitTime.isNegative()) {
            throw new IllegalArgumentException("negative window for service " + code);
        }
    }
}
