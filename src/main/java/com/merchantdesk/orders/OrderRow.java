package com.merchantdesk.orders;

import com.merchantdesk.kernel.Money;
import java.time.Instant;

/** One line of the orders list: what the table shows, without the order's lines. */
public record OrderRow(String id, String number, Instant createdAt, Channel channel, String customerName,
                       String customerPhone, int lineCount, long itemCount, Money total, OrderStatus status,
                       PaymentState paymentState, MemoFlag memoFlag, boolean oversold) {}
