package com.merchantdesk.shipping;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shop's shipping rules, from Settings: its country and time zone (blank: the computer's), working days and
 * days off, when an open order counts as at risk, the delivery the platform promises buyers per zone, and the
 * services an order's ship-by is counted with until it ships.
 *
 * @param country     ISO 3166 alpha-2 code, or blank for the computer's
 * @param timeZone    IANA zone id, or blank for the computer's
 * @param atRisk      an unshipped order with less than this left before its ship-by is at risk
 */
public record ShippingPolicy(String country, String timeZone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays,
                             Duration atRisk, Duration domesticPromise, Duration internationalPromise,
                             ServiceRef domesticService, ServiceRef internationalService) {

    public static final Duration DEFAULT_AT_RISK = Duration.ofHours(2);
    public static final Duration DEFAULT_DOMESTIC_PROMISE = Duration.ofHours(24);
    public static final Duration DEFAULT_INTERNATIONAL_PROMISE = Duration.ofHours(72);

    public ShippingPolicy {
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        timeZone = timeZone == null ? "" : timeZone.strip();
        workingDays = workingDays == null || workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(new TreeSet<>(holidays));
        Objects.requireNonNull(atRisk, "atRisk");
        Objects.requireNonNull(domesticPromise, "domesticPromise");
        Objects.requireNonNull(internationalPromise, "internationalPromise");
        Objects.requireNonNull(domesticService, "domesticService");
        Objects.requireNonNull(internationalService, "internationalService");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a shop needs at least one working day");
        }
    }

    /** The country addresses are compared with: the setting, else the computer's. */
    public String shopCountry() {
        return country.isEmpty() ? Locale.getDefault().getCountry().toUpperCase(Locale.ROOT) : country;
    }

    /** The zone deadlines are counted and shown in: the setting, else the computer's. */
    public ZoneId shopZone() {
        return timeZone.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public Duration promise(Zone zone) { return zone == Zone.DOMESTIC ? domesticPromise : internationalPromise; }

    public ServiceRef defaultService(Zone zone) { return zone == Zone.DOMESTIC ? domesticService : internationalService; }

    public ShippingPolicy withShop(String newCountry, String newTimeZone) {
        return new ShippingPolicy(newCountry, newTimeZone, workingDays, holidays, atRisk, domesticPromise,
                internationalPromise, domesticService, internationalService);
    }

    public ShippingPolicy withCalendar(Set<DayOfWeek> days, Set<LocalDate> daysOff) {
        return new ShippingPolicy(country, timeZone, days, daysOff, atRisk, domesticPromise, internationalPromise,
                domesticService, internationalService);
    }

    public ShippingPolicy withWindows(Duration newAtRisk, Duration domestic, Duration international) {
        return new ShippingPolicy(country, timeZone, workingDays, holidays, newAtRisk, domestic, international,
                domesticService, internationalService);
    }

    public ShippingPolicy withDefaultServices(ServiceRef domestic, ServiceRef international) {
        return new ShippingPolicy(country, timeZone, workingDays, holidays, atRisk, domesticPromise, internationalPromise,
                domestic, international);
    }

    /** Working days as stored: bit 0 Monday ... bit 6 Sunday. */
    public int workingDayBits() {
        int bits = 0;
        for (DayOfWeek d : workingDays) {
            bits |= 1 << (d.getValue() - 1);
        }
        return bits;
    }

    public static Set<DayOfWeek> workingDaysOf(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((bits & (1 << (d.getValue() - 1))) != 0) {
                days.add(d);
            }
        }
        return days;
    }
}
