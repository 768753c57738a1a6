package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/**
 * An order as the platform keeps it. A desk's order is created by the desk's UUID and carries the desk's number
 * and code; the platform's online orders have channel {@code platform} and the platform's numbers.
 * {@code oversold}: the order took platform stock below zero when it arrived.
 */
public record Order(String id, String number, String deskId, String deskCode, PlatformChannel channel,
                    PlatformOrderStatus status, PaymentState paymentState, PaymentMethod paymentMethod,
                    String customerId, String customerName, String customerPhone, String customerEmail,
                    Address shipTo, List<OrderLine> lines, String currency, Money shippingFee, Money tax,
                    Money total, Money refunded, boolean oversold, String notes, Instant placedAt, Instant paidAt,
                    Instant updatedAt, long version, List<StatusChange> history) {}
