package com.merchantdesk.orders;

import com.merchantdesk.store.SyncState;

import com.merchantdesk.kernel.Money;
import java.time.Instant;

/** One line of the orders list: what the table shows, without the order's lines. */
public record OrderRow(String id, String number, Instant createdAt, Channel channel, String customerName,
                       String customerPhone, int lineCount, long itemCount, Money total, OrderStatus status,
                       PaymentState paymentState, MemoFlag memoFlag, boolean oversold, SyncState syncState) {

    public OrderRow withSyncState(SyncState state) {
        return new OrderRow(id, number, createdAt, channel, customerName, customerPhone, lineCount, itemCount, total,
                status, paymentState, memoFlag, oversold, state);
    }
}
