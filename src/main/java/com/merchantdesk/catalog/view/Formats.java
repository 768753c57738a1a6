package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the products screen writes money, counts, times and enum values in the seller's language. */
final class Formats {

    private Formats() {}

    static String money(Money money) { return money == null ? "" : money.format(Messages.locale()); }

    static String count(long value) { return NumberFormat.getIntegerInstance(Messages.locale()).format(value); }

    /** A ledger delta with its sign always shown: {@code +5}, {@code −2}. */
    static String delta(long value) {
        String digits = count(Math.abs(value));
        return value > 0 ? "+" + digits : value < 0 ? "\u2212" + digits : digits;
    }

    static String status(ProductStatus status) {
        return status == null ? "" : Messages.get("products.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** The product's status, and "not published" after it when the platform delisted the product. */
    static String status(com.merchantdesk.catalog.SkuRow row) {
        return row.delisted() ? Messages.get("products.listing.statusDelisted", status(row.status()),
                Messages.get("products.listing.delisted")) : status(row.status());
    }

    static String kind(MovementKind kind) {
        return kind == null ? "" : Messages.get("products.movement." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** Date and time in the seller's own zone, as their language writes them. */
    static DateTimeFormatter dateTime(ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale()).withZone(zone);
    }
}
