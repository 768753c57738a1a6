package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/** The request body that records a parcel the desk sent, by the desk's UUID (docs/platform-api.yaml). */
public record ShipmentCreate(String id, String orderId, String carrier, String service, String trackingNumber,
                             List<LineUnits> lines, Integer weightGrams, Instant shippedAt, String deskId) {}
