package com.merchantdesk.platform;

import java.time.Instant;

/** The request body of a tracking event the desk entered by hand for its own delivery (docs/platform-api.yaml). */
public record TrackingEventCreate(String id, TrackingStatus status, Instant at, String place, String description) {}
