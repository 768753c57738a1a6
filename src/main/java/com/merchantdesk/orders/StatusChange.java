package com.merchantdesk.orders;

import java.time.Instant;

/**
 * One step of an order's history. {@code from} is null for the creation step. {@code actor} says who did it
 * (the seller's name on this computer, "cli", or "sync"); {@code note} holds details such as a refund's
 * amount and lines.
 */
public record StatusChange(String orderId, OrderStatus from, OrderStatus to, String actor, String note,
                           Instant at) {}
