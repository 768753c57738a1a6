package com.merchantdesk.sales.view;

import com.merchantdesk.sales.SalesRange;
import java.time.LocalDate;

/** The range buttons of the Sales screen, each ending today (business day); CUSTOM keeps the typed days. */
enum RangePreset {
    TODAY, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, THIS_YEAR, CUSTOM;

    SalesRange range(LocalDate today) {
        return switch (this) {
            case TODAY -> new SalesRange(today, today);
            case LAST_7_DAYS -> new SalesRange(today.minusDays(6), today);
            case LAST_30_DAYS, CUSTOM -> new SalesRange(today.minusDays(29), today);
            case THIS_MONTH -> new SalesRange(today.withDayOfMonth(1), today);
            case THIS_YEAR -> new SalesRange(today.withDayOfYear(1), today);
        };
    }

    String messageKey() { return "sales.view.preset." + name(); }
}
