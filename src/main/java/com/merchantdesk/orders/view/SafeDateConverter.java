package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates as the seller's language writes them, also accepting ISO dates (2026-03-01). Text that is no date keeps
 * the picker's current value instead of throwing when the field loses focus.
 */
final class SafeDateConverter extends StringConverter<LocalDate> {

    private final DatePicker picker;
    private final DateTimeFormatter local = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Messages.locale());

    SafeDateConverter(DatePicker picker) { this.picker = picker; }

    static void install(DatePicker picker) {
        picker.setConverter(new SafeDateConverter(picker));
    }

    /** How a date is typed, e.g. "3/31/26 or 2026-03-31". */
    static String example() {
        LocalDate sample = LocalDate.of(2026, 3, 31);
        return Messages.get("orders.view.filter.dateExample",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Messages.locale()).format(sample),
                DateTimeFormatter.ISO_LOCAL_DATE.format(sample));
    }

    @Override
    public String toString(LocalDate date) { return date == null ? "" : local.format(date); }

    @Override
    public LocalDate fromString(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {local, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return picker.getValue();
    }
}
