package com.merchantdesk.sales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How the figures over time are grouped: by business day, by week (Monday to Sunday) or by calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The first day of the period {@code date} belongs to. */
    public LocalDate periodStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    public String messageKey() { return "sales.by." + name(); }
}
