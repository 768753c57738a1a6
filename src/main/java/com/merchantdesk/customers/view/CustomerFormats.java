package com.merchantdesk.customers.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the customer screens write money, counts and times in the seller's language. */
final class CustomerFormats {

    private CustomerFormats() {}

    static String money(Money money) { return money == null ? "" : money.format(Messages.locale()); }

    static String count(long value) { return NumberFormat.getIntegerInstance(Messages.locale()).format(value); }

    /** A short date and time for dense tables, in the seller's own zone. */
    static DateTimeFormatter shortDateTime(ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Messages.locale()).withZone(zone);
    }
}
