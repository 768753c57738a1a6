package com.merchantdesk.sales;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Business days {@code from} to {@code to}, both included; at most {@link #MAX_YEARS} years. */
public record SalesRange(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 10;

    /**
     * Checks the two ends: errors on {@code from} (missing), {@code to} (missing, before {@code from}, more than
     * ten years after it). Callers name the fields as their input does (options, date pickers).
     */
    public static SalesRange of(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of("from", "validation.required"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", "validation.required"));
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(FieldError.of("to", "sales.range.toBeforeFrom"));
        } else if (errors.isEmpty() && to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            errors.add(FieldError.of("to", "sales.range.tooLong", MAX_YEARS));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SalesRange(from, to);
    }

    public long days() { return ChronoUnit.DAYS.between(from, to) + 1; }

    /** The same number of days just before this range: what the comparison shows. */
    public SalesRange previous() { return new SalesRange(from.minusDays(days()), from.minusDays(1)); }

    public boolean contains(LocalDate day) { return !day.isBefore(from) && !day.isAfter(to); }
}
