package com.merchantdesk.platform.carriers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The carriers of the demo shop and of the sandbox platform: four domestic and two international, with number
 * forms and check digits as real ones use them (docs/sandbox.md, "Carriers"). The desk seeds its carrier list
 * from these; the sandbox allocates their waybills with {@link CarrierDefinition#trackingNumberFor}.
 */
public final class DemoCarriers {

    private static final Duration HOURS_12 = Duration.ofHours(12);
    private static final Duration HOURS_24 = Duration.ofHours(24);

    /** A domestic courier: 12 digits, the last the rest mod 7 (as Korean couriers number their waybills). */
    public static final CarrierDefinition HANA = new CarrierDefinition("HANA", "Hana Express", "\\d{12}", CheckDigit.MOD7,
            "https://track.hana-express.example/parcel/{tracking}", List.of(
                    new CarrierService("STD", "Standard parcel", false, HOURS_12, HOURS_24),
                    new CarrierService("NEXT", "Next morning", false, Duration.ofHours(8), Duration.ofHours(16))));

    /** A domestic courier: SP and 10 digits with a Luhn check digit. */
    public static final CarrierDefinition SWIFT = new CarrierDefinition("SWIFT", "Swift Parcel", "SP\\d{10}", CheckDigit.LUHN,
            "https://swiftparcel.example/track?no={tracking}", List.of(
                    new CarrierService("STD", "Standard", false, HOURS_12, HOURS_24),
                    new CarrierService("SAME", "Same day", false, Duration.ofHours(4), Duration.ofHours(8))));

    /** A local courier: CC and 8 digits, no check digit. */
    public static final CarrierDefinition CITY = new CarrierDefinition("CITY", "City Courier", "CC\\d{8}", CheckDigit.NONE,
            "https://citycourier.example/t/{tracking}", List.of(
                    new CarrierService("LOCAL", "Local delivery", false, HOURS_12, Duration.ofHours(6))));

    /** The national post's registered domestic parcels: UPU S10 numbers starting with R. */
    public static final CarrierDefinition POST = new CarrierDefinition("POST", "National Post", "R[A-Z]\\d{9}KR",
            CheckDigit.S10, "https://post.example/trace/{tracking}", List.of(
                    new CarrierService("REG", "Registered parcel", false, HOURS_12, HOURS_24)));

    /** The post's international express (EMS): UPU S10 numbers starting with E, e.g. EE123456785KR. */
    public static final CarrierDefinition EMS = new CarrierDefinition("EMS", "EMS International", "E[A-Z]\\d{9}KR",
            CheckDigit.S10, "https://ems.post.example/trace/{tracking}", List.of(
                    new CarrierService("EMS", "EMS", true, HOURS_24, Duration.ofHours(72)),
                    new CarrierService("EMSP", "EMS Premium", true, HOURS_24, Duration.ofHours(48))));

    /** An international express company: 10-digit air waybills, the last the rest mod 7. */
    public static final CarrierDefinition GLOBEX = new CarrierDefinition("GLX", "Globex Air", "\\d{10}", CheckDigit.MOD7,
            "https://globex.example/track/{tracking}", List.of(
                    new CarrierService("EXP", "Worldwide express", true, HOURS_24, Duration.ofHours(48)),
                    new CarrierService("ECO", "Economy", true, HOURS_24, Duration.ofHours(120))));

    private static final List<CarrierDefinition> ALL = List.of(HANA, SWIFT, CITY, POST, EMS, GLOBEX);

    private DemoCarriers() {}

    /** Every demo carrier, domestic ones first. */
    public static List<CarrierDefinition> all() { return ALL; }

    /** The carrier with this code, compared without regard to case. */
    public static Optional<CarrierDefinition> byCode(String code) {
        return ALL.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }
}
