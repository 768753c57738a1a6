package com.merchantdesk.shipping.documents;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Labels, weights, amounts and dates in the document's language and the shop's time zone. */
final class DocumentWords {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    DocumentWords(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    Locale locale() { return locale; }

    String label(String key, Object... args) { return Messages.format(locale, key, args); }

    /** Grams as kilograms with up to three decimals, e.g. "1.25 kg". */
    String kg(long grams) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(3);
        number.setMinimumFractionDigits(grams % 1000 == 0 ? 0 : 2);
        return number.format(BigDecimal.valueOf(grams, 3)) + " kg";
    }

    String money(Money amount) { return amount.format(locale); }

    String quantity(long quantity) { return NumberFormat.getIntegerInstance(locale).format(quantity); }

    String date(Instant at) { return date.format(at.atZone(zone)); }

    String date(LocalDate day) { return date.format(day); }

    String dateTime(Instant at) { return dateTime.format(at.atZone(zone)); }
}
