package com.merchantdesk.orders;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import java.time.Instant;
import java.util.Map;

/**
 * A buyer's after-sale request on a platform order, as the desk keeps it (table {@code after_sale}).
 *
 * @param orderNumber     the order's number here, or empty when the order has not been pulled yet
 * @param unitsByPosition the order lines (by position) and units the buyer wants refunded or returned
 * @param amount          the money asked for, or null when the buyer named none
 * @param refundId        the refund that settled it, or null (an accepted return waits for the goods)
 */
public record AfterSaleRequest(String id, String orderId, String orderNumber, AfterSaleKind kind,
                               AfterSaleState state, String reason, Map<Integer, Long> unitsByPosition, Money amount,
                               Instant openedAt, Instant answeredAt, String refundId) {

    /** Accepted, a return, and its goods not recorded as received yet. */
    public boolean waitsForReturn() {
        return state == AfterSaleState.ACCEPTED && kind == AfterSaleKind.RETURN_AND_REFUND && refundId == null;
    }
}
