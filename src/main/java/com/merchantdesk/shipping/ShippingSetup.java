package com.merchantdesk.shipping;

import com.merchantdesk.platform.carriers.CarrierService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The carriers and the policy as stored, read once per operation, and what they decide about an order. */
record ShippingSetup(List<CarrierRepository.Stored> carriers, ShippingPolicy policy) {

    static ShippingSetup load(Connection c) throws SQLException {
        CarrierRepository repo = new CarrierRepository();
        return new ShippingSetup(repo.all(c), repo.policy(c));
    }

    Optional<CarrierRepository.Stored> carrier(String code) {
        return carriers.stream().filter(s -> s.carrier().code().equalsIgnoreCase(code.strip())).findFirst();
    }

    Optional<CarrierRepository.Stored> carrier(long carrierNo) {
        return carriers.stream().filter(s -> s.carrierNo() == carrierNo).findFirst();
    }

    /** The service an order of this zone is counted with until it ships (Settings' default for the zone). */
    DefaultService defaultService(Zone zone) {
        ServiceRef ref = policy.defaultService(zone);
        CarrierRepository.Stored stored = carrier(ref.carrierCode()).orElseThrow(
                () -> new IllegalStateException("default carrier " + ref + " is missing"));
        CarrierService service = stored.carrier().definition().service(ref.serviceCode()).orElseThrow(
                () -> new IllegalStateException("default service " + ref + " is missing"));
        return new DefaultService(stored.carrier(), service);
    }

    record DefaultService(Carrier carrier, CarrierService service) {}

    DeadlineRules rules() { return new DeadlineRules(policy); }

    /** The deadlines of an order paid at {@code paidAt} to an address in {@code country}. */
    Deadlines deadlines(Instant paidAt, String country) {
        Zone zone = Zone.of(country, policy.shopCountry());
        DefaultService d = defaultService(zone);
        return rules().deadlines(paidAt, zone, d.carrier(), d.service());
    }
}
