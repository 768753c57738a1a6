package com.merchantdesk.platform;

import java.time.Instant;

/** One step of an order's history: the status it moved to, when, and who moved it (a desk names itself). */
public record StatusChange(PlatformOrderStatus status, Instant at, Actor actor, String deskId) {}
