package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How shipping screens write times (in the shop's zone) and the time left before a deadline. */
final class ShippingFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ShippingFormats() {}

    static String time(Instant at, ZoneId zone) { return at == null ? "" : DATE_TIME.format(at.atZone(zone)); }

    /** "2 h 05 min" left, or "late 1 h 10 min"; seconds shown in the last ten minutes, so the countdown moves. */
    static String timeLeft(Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative()) {
            return Messages.get("shipping.view.late", span(left.negated()));
        }
        return span(left);
    }

    static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return Messages.get("shipping.view.span.days", days, hours);
        }
        if (hours > 0) {
            return Messages.get("shipping.view.span.hours", hours, String.format(Locale.ROOT, "%02d", minutes));
        }
        if (minutes >= 10) {
            return Messages.get("shipping.view.span.minutes", minutes);
        }
        return Messages.get("shipping.view.span.seconds", minutes, String.format(Locale.ROOT, "%02d", d.toSecondsPart()));
    }
}
