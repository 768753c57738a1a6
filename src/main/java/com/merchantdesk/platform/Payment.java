package com.merchantdesk.platform;

import java.time.Instant;

/** The request body that records a desk's own order as paid (docs/platform-api.yaml). */
public record Payment(Instant paidAt, PaymentMethod paymentMethod, String deskId) {}
