package com.merchantdesk.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The shop's business days: a day in the shop's time zone that starts at {@code dayStartHour} o'clock local time
 * (a sale at 01:30 with days starting at 4 belongs to the day before). A day is stored as its date's epoch day.
 * Local time follows the zone's rules, so a sale at 23:30 lands on its own day across a daylight-saving change.
 */
public record BusinessDays(ZoneId zone, int dayStartHour) {

    public BusinessDays {
        Objects.requireNonNull(zone, "zone");
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("dayStartHour " + dayStartHour);
        }
    }

    /** The business day (epoch day of its date) that {@code epochMilli} falls on. */
    public long day(long epochMilli) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMilli), zone).minusHours(dayStartHour)
                .toLocalDate().toEpochDay();
    }

    public LocalDate date(Instant at) { return LocalDate.ofEpochDay(day(at.toEpochMilli())); }

    /** When the business day {@code date} starts. */
    public Instant start(LocalDate date) {
        return date.atTime(dayStartHour, 0).atZone(zone).toInstant();
    }

    /** When the business day {@code date} ends (excluded): the start of the next one. */
    public Instant end(LocalDate date) { return start(date.plusDays(1)); }
}
