package com.merchantdesk.shipping;

import com.merchantdesk.platform.carriers.CarrierService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How an order's deadlines follow from its payment time (docs/shipping.md, "Deadlines"): the count starts at
 * payment, or, when the order was paid on a day off or after the carrier's cut-off, at the start (midnight, shop's
 * zone) of the next working day. Ship-by is that start plus the service's dispatch window; the promised delivery
 * is that start plus the platform's promise for the zone (24 h domestic, 72 h international by default). Windows
 * are elapsed time, so a daylight-saving change in between moves the clock on the wall, not the deadline.
 *
 * <p>Both deadlines never decrease as the payment time grows, for a given zone and service: the cockpit relies on
 * that to sort open orders by ship-by through the index on payment time ({@link #latestPaymentDueBefore}).
 */
public final class DeadlineRules {

    /** How far back {@link #latestPaymentDueBefore} looks: longer than any run of days off. */
    private static final Duration SEARCH_SPAN = Duration.ofDays(400);

    private final ShippingPolicy policy;

    public DeadlineRules(ShippingPolicy policy) { this.policy = policy; }

    public ShippingPolicy policy() { return policy; }

    public Deadlines deadlines(Instant paidAt, Zone zone, Carrier carrier, CarrierService service) {
        Instant start = countFrom(paidAt, carrier.cutOff());
        return new Deadlines(start.plus(service.dispatchWindow()), start.plus(policy.promise(zone)));
    }

    /** When the windows start counting for an order paid at {@code paidAt}. */
    public Instant countFrom(Instant paidAt, LocalTime cutOff) {
        ZoneId zone = policy.shopZone();
        ZonedDateTime local = paidAt.atZone(zone);
        LocalDate day = local.toLocalDate();
        boolean beforeCutOff = cutOff == null || local.toLocalTime().isBefore(cutOff);
        if (policy.isWorkingDay(day) && beforeCutOff) {
            return paidAt;
        }
        LocalDate next = day.plusDays(1);
        while (!policy.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next.atStartOfDay(zone).toInstant();
    }

    /**
     * The latest payment time whose ship-by is before {@code deadline} (with this carrier and service), to the
     * millisecond: an order paid at or before it is due before {@code deadline}, one paid after it is not.
     */
    public Instant latestPaymentDueBefore(Instant deadline, Carrier carrier, CarrierService service) {
        long low = deadline.minus(SEARCH_SPAN).toEpochMilli();
        long high = deadline.toEpochMilli();
        // Invariant: shipBy(low) < deadline (ship-by is after payment, so far enough back it is), shipBy(high) >= deadline.
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (shipBy(Instant.ofEpochMilli(mid), carrier, service).isBefore(deadline)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return Instant.ofEpochMilli(low);
    }

    private Instant shipBy(Instant paidAt, Carrier carrier, CarrierService service) {
        return countFrom(paidAt, carrier.cutOff()).plus(service.dispatchWindow());
    }
}
