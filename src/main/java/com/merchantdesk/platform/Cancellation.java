package com.merchantdesk.platform;

import java.time.Instant;

/** The request body that cancels a desk's own order before it ships (docs/platform-api.yaml). */
public record Cancellation(Instant at, String reason, String deskId) {}
