package com.merchantdesk.orders;

import com.merchantdesk.i18n.Messages;

/** A status as the seller reads it, for the arguments of refusal messages. */
final class StatusNames {
    private StatusNames() {}

    static String of(OrderStatus status) { return Messages.get(status.messageKey()); }
}
