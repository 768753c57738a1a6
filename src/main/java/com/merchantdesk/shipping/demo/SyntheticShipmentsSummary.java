package com.merchantdesk.shipping.demo;

import java.time.Duration;

/** What {@link SyntheticShipments} made. */
public record SyntheticShipmentsSummary(long shipments, long events, Duration elapsed) {}
