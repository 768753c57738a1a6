package com.merchantdesk.orders.documents;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Labels, amounts, quantities and dates in the document's language. */
final class DocumentText {

    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final NumberFormat integers;

    DocumentText(Locale locale) {
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.integers = NumberFormat.getIntegerInstance(locale);
    }

    Locale locale() { return locale; }

    String label(String key, Object... args) { return Messages.format(locale, key, args); }

    String money(Money amount) { return amount.format(locale); }

    /** A discount, printed as a deduction. */
    String deduction(Money amount) {
        return amount.minorUnits() == 0 ? money(amount) : money(new Money(-Math.abs(amount.minorUnits()), amount.currency()));
    }

    String quantity(long quantity) { return integers.format(quantity); }

    String dateTime(Instant at, ZoneId zone) { return dateTime.format(at.atZone(zone)); }
}
