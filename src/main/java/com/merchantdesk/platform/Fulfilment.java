package com.merchantdesk.platform;

import java.time.Instant;

/** The request body of a fulfilment step of any paid order (docs/platform-api.yaml). */
public record Fulfilment(FulfilmentStep step, Instant at, String deskId) {}
