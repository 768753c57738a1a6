package com.merchantdesk.shipping;

/**
 * A tracking event as entered by hand: the status, the time as ISO-8601 text with its offset
 * ({@code 2026-12-04T14:30+09:00}: the seller's wall clock and zone, never a bare local time), place and words.
 */
public record TrackingEventDraft(TrackingStatus status, String at, String place, String description) {

    public TrackingEventDraft {
        at = at == null ? "" : at.strip();
        place = place == null ? "" : place.strip();
        description = description == null ? "" : description.strip();
    }
}
