package com.merchantdesk.platform;

import java.time.Instant;

/** A desk registered with a seller account, and the short code the numbers it makes carry. */
public record Desk(String deskId, String deskCode, String name, Instant registeredAt) {}
