package com.merchantdesk.sync;

/** How a sync run ended, with the `sync` command's exit code (docs/cli.md). */
public enum SyncOutcome {
    /** Nothing queued or sending, the feed read to its head, no failed rows or conflicts. */
    CONVERGED(0),
    /** Converged, but failed rows, conflicts or lines to map wait for the seller. */
    NEEDS_SELLER(3),
    /** Could not finish (network, 5xx, 429 beyond the run's patience, a record the desk cannot keep yet). */
    INCOMPLETE(4),
    /** The platform refused the token. */
    TOKEN_REFUSED(5),
    /** Another sync runs on this data folder. */
    ANOTHER_RUNNING(6),
    /** This shop is local only (the demo shop): it never syncs. */
    LOCAL_ONLY(2);

    private final int exitCode;

    SyncOutcome(int exitCode) { this.exitCode = exitCode; }

    public int exitCode() { return exitCode; }
}
