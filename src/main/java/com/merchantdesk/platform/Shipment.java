package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/** A parcel of an order, by the desk's UUID: carrier, service, tracking number, its lines and its events. */
public record Shipment(String id, String orderId, String carrier, String service, String trackingNumber,
                       List<RefundLine> lines, Integer weightGrams, Instant shippedAt, Instant deliveredAt,
                       List<TrackingEvent> events, long version) {}
