package com.merchantdesk.shipping;

import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.CarrierService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The stored carriers and policy for bulk writers (the synthetic data generator and the demo shop), which write
 * shipment rows themselves: zones, integer keys of services and deadlines as the service computes them.
 */
public final class ShippingRules {

    /** A carrier's service with the keys a shipment row stores. */
    public record StoredService(long carrierNo, int serviceNo, CarrierDefinition carrier, CarrierService service) {}

    private final ShippingSetup setup;

    private ShippingRules(ShippingSetup setup) { this.setup = setup; }

    public static ShippingRules load(Connection c) throws SQLException { return new ShippingRules(ShippingSetup.load(c)); }

    public ShippingPolicy policy() { return setup.policy(); }

    public boolean isInternational(String country) {
        return Zone.of(country, setup.policy().shopCountry()) == Zone.INTERNATIONAL;
    }

    /** The carrier's first service of the zone. */
    public StoredService firstService(String carrierCode, boolean international) {
        CarrierRepository.Stored stored = setup.carrier(carrierCode).orElseThrow(
                () -> new IllegalArgumentException("no carrier " + carrierCode));
        for (CarrierService s : stored.carrier().definition().services()) {
            if (s.international() == international) {
                return new StoredService(stored.carrierNo(), stored.serviceNos().get(s.code()), stored.carrier().definition(), s);
            }
        }
        throw new IllegalArgumentException(carrierCode + " has no " + (international ? "international" : "domestic") + " service");
    }

    /** {ship-by, deliver-by} in epoch milliseconds for an order paid at {@code paidAt} to {@code country}. */
    public long[] deadlines(long paidAt, String country) {
        Deadlines d = setup.deadlines(Instant.ofEpochMilli(paidAt), country);
        return new long[] {d.shipBy().toEpochMilli(), d.deliverBy().toEpochMilli()};
    }
}
