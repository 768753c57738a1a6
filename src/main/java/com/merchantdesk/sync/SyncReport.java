package com.merchantdesk.sync;

import java.time.Duration;

/** What a run did: pushed and pulled counts, what waits for the seller, how long it took, and why it ended. */
public record SyncReport(SyncOutcome outcome, int pushed, int pulled, SyncStatus status, Duration took, String message) {}
