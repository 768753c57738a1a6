package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/**
 * The request body that creates a desk's order by its UUID, with the desk's number (docs/platform-api.yaml).
 * {@code status} is {@link PlatformOrderStatus#PENDING_PAYMENT} or {@link PlatformOrderStatus#PAID}.
 */
public record OrderCreate(String id, String number, String deskId, PlatformChannel channel, PlatformOrderStatus status,
                          PaymentMethod paymentMethod, String customerId, String customerName, String customerPhone,
                          String customerEmail, Address shipTo, String currency, List<OrderLineCreate> lines,
                          Money shippingFee, Money tax, Money total, String notes, Instant placedAt, Instant paidAt) {}
