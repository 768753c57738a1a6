package com.merchantdesk.sandbox.store;

import java.time.Instant;

/** What is kept of a token: its id (safe to show and log), its seller, and whether it was revoked. */
public record ApiToken(String tokenId, String seller, String label, Instant createdAt, Instant revokedAt) {
    public boolean revoked() { return revokedAt != null; }
}
