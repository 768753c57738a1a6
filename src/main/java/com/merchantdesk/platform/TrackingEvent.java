package com.merchantdesk.platform;

import java.time.Instant;

/** One step of a parcel's journey, reported by the carrier (through the platform) or entered at a desk. */
public record TrackingEvent(String id, TrackingStatus status, Instant at, String place, String description,
                            String source) {}
