package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.PaymentState;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the order screens write money, counts, times and the orders' enum values in the seller's language. */
final class OrderFormats {

    private OrderFormats() {}

    static String money(Money money) { return money == null ? "" : money.format(Messages.locale()); }

    static String count(long value) { return NumberFormat.getIntegerInstance(Messages.locale()).format(value); }

    static String status(OrderStatus status) { return status == null ? "" : Messages.get(status.messageKey()); }

    static String channel(Channel channel) { return channel == null ? "" : Messages.get(channel.messageKey()); }

    static String method(PaymentMethod method) { return method == null ? "" : Messages.get(method.messageKey()); }

    static String payment(PaymentState state) { return state == null ? "" : Messages.get(state.messageKey()); }

    static String flag(MemoFlag flag) { return flag == null ? "" : Messages.get(flag.messageKey()); }

    /** Date and time in the seller's own zone, as their language writes them. */
    static DateTimeFormatter dateTime(ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.locale()).withZone(zone);
    }

    /** A short date and time for dense tables. */
    static DateTimeFormatter shortDateTime(ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Messages.locale()).withZone(zone);
    }

    /** Style class of a memo flag's marker, e.g. {@code flag-red}. */
    static String flagClass(MemoFlag flag) {
        return "flag-" + (flag == null ? MemoFlag.NONE : flag).name().toLowerCase(java.util.Locale.ROOT);
    }
}
