package com.merchantdesk.shipping;

import com.merchantdesk.platform.carriers.CarrierDefinition;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier as this desk uses it: the shared definition (number form, services) and the shop's dispatch cut-off
 * with it: an order paid after that hour (shop's time) counts from the next working day.
 *
 * @param cutOff null when the carrier takes parcels until midnight
 */
public record Carrier(CarrierDefinition definition, LocalTime cutOff) {

    public Carrier {
        Objects.requireNonNull(definition, "definition");
    }

    public String code() { return definition.code(); }

    public String name() { return definition.name(); }

    public Optional<LocalTime> cutOffTime() { return Optional.ofNullable(cutOff); }
}
