package com.merchantdesk.sync.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.SnapshotPage;
import com.merchantdesk.sync.apply.DecodedRecords;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The next snapshot page, asked for and read on a thread of its own while the current page is applied: on two cores
 * the platform's answer, its parsing and the reading of its records ({@link DecodedRecords}) overlap the desk's
 * writing instead of taking turns with it (docs/sync.md, "First sync"). Only the page asked for right before is
 * used, and only by the very next read; anything else is dropped and read afresh, so a page read long ago is never
 * applied. Snapshot reads are GETs: one asked for and then dropped changes nothing on the platform.
 */
final class SnapshotAhead {

    private final PlatformClient client;
    /** One thread at most, gone when idle: an engine that stops leaves nothing running. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "sync-snapshot-ahead");
                t.setDaemon(true);
                return t;
            });
    private String askedQuery;
    private CompletableFuture<SnapshotFetch> asked;

    SnapshotAhead(PlatformClient client) {
        this.client = client;
    }

    /** Starts reading the page of {@code kind} at {@code query}, for the next {@link #take}. */
    void ask(ChangeKind kind, String query) {
        drop();
        askedQuery = query;
        asked = CompletableFuture.supplyAsync(() -> fetch(kind, query), thread);
    }

    /** The page of {@code kind} at {@code query}: the one asked for ahead if it is that one, else read now. */
    SnapshotFetch take(ChangeKind kind, String query) {
        String aheadQuery = askedQuery;
        CompletableFuture<SnapshotFetch> aheadFetch = asked;
        askedQuery = null;
        asked = null;
        if (aheadFetch != null && aheadQuery.equals(query)) {
            try {
                return aheadFetch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                aheadFetch.cancel(true);
                return SnapshotFetch.unreachable(new PlatformUnreachable("Interrupted while reading from the platform",
                        new java.io.InterruptedIOException()));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            }
        }
        if (aheadFetch != null) {
            aheadFetch.cancel(true);
        }
        return fetch(kind, query);
    }

    private void drop() {
        if (asked != null) {
            asked.cancel(true);
        }
        askedQuery = null;
        asked = null;
    }

    private SnapshotFetch fetch(ChangeKind kind, String query) {
        try {
            PlatformResponse response = client.get(query);
            if (response.kind() != PlatformResponse.Kind.OK) {
                return SnapshotFetch.refused(response);
            }
            SnapshotPage page = response.as(SnapshotPage.class);
            List<Change> changes = new ArrayList<>(page.items().size());
            for (JsonNode item : page.items()) {
                changes.add(new Change(kind, Puller.idOf(kind, item), false, Puller.changedAt(item), item));
            }
            return new SnapshotFetch(response, page, changes, DecodedRecords.of(changes), null);
        } catch (PlatformUnreachable e) {
            return SnapshotFetch.unreachable(e);
        }
    }
}
