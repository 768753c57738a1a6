package com.merchantdesk.sync.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.ChangePage;
import com.merchantdesk.platform.SnapshotPage;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.StatementCache;
import com.merchantdesk.store.CrashPoints;
import com.merchantdesk.sync.apply.DecodedRecords;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the platform's records into the desk: the change feed after the stored cursor, and snapshots for the first
 * sync, a resync after 410 and the history. Each page, its application and its new position are one transaction,
 * so a crash between them leaves the position where the applied records are.
 */
public final class Puller {

    public static final int FEED_PAGE = 500;

    /** Parents before children within a page: fewer records wait for their parent (sync_waiting). */
    private static final Comparator<Change> PARENTS_FIRST = Comparator.comparingInt(ch -> switch (ch.kind()) {
        case DESK -> 0;
        case PRODUCT -> 1;
        case SKU -> 2;
        case CUSTOMER -> 3;
        case STOCK_ADJUSTMENT -> 4;
        case STOCK -> 5;
        case ORDER -> 6;
        case REFUND -> 7;
        case SHIPMENT -> 8;
        case AFTER_SALE -> 9;
    });

    private final Database db;
    private final PlatformClient client;
    private final PulledChanges records;
    private final Clock clock;

    public Puller(Database db, PlatformClient client, PulledChanges records, Clock clock) {
        this.db = db;
        this.client = client;
        this.records = records;
        this.clock = clock;
        this.ahead = new SnapshotAhead(client);
    }

    private final SnapshotAhead ahead;

    /** Reads and applies the feed page after the stored cursor. */
    public PullResult pullFeedPage() {
        String cursor = db.read(c -> SyncPosition.read(c).feedCursor());
        String query = "/v1/changes?limit=" + FEED_PAGE
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        PlatformResponse response;
        try {
            response = client.get(query);
        } catch (PlatformUnreachable e) {
            return new PullResult(0, true, null, e.getMessage(), null);
        }
        if (response.kind() != PlatformResponse.Kind.OK) {
            return new PullResult(0, true, response, null, null);
        }
        ChangePage page = response.as(ChangePage.class);
        List<Change> changes = new ArrayList<>(page.changes());
        changes.sort(PARENTS_FIRST);
        try {
            PullResult result = db.write(c -> {
                applyAll(c, changes, DecodedRecords.NONE);
                CrashPoints.reached(CrashPoints.PULL_APPLIED);
                SyncPosition.setFeedCursor(c, page.nextCursor());
                if (!page.hasMore()) {
                    SyncPosition.reachedHead(c, clock.instant());
                }
                return new PullResult(changes.size(), page.hasMore(), null, null, null);
            });
            CrashPoints.reached(CrashPoints.PULL_COMMITTED);
            return result;
        } catch (Homeless h) {
            return new PullResult(0, true, null, null, h.kind);
        }
    }

    /**
     * Reads and applies the next snapshot page of {@code steps} from {@code progress} (null: from the start). The
     * new progress is stored by {@code store} in the same transaction; after the last page of the last step it is
     * given null. The first page fixes the feed position the snapshot started from.
     */
    public PullResult pullSnapshotPage(List<SnapshotStep> steps, SyncPosition.Progress progress, ProgressStore store) {
        int step = progress == null ? 0 : progress.step();
        SnapshotStep current = steps.get(step);
        SnapshotFetch fetched = ahead.take(current.kind(),
                current.query(progress == null ? null : progress.pageToken()));
        if (fetched.unreachable() != null) {
            return new PullResult(0, true, null, fetched.unreachable().getMessage(), null);
        }
        if (fetched.response().kind() != PlatformResponse.Kind.OK) {
            return new PullResult(0, true, fetched.response(), null, null);
        }
        SnapshotPage page = fetched.page();
        String feedCursor = progress == null || progress.feedCursor() == null ? page.feedCursor() : progress.feedCursor();
        List<Change> changes = fetched.changes();
        SyncPosition.Progress next;
        if (page.hasMore() && page.nextPageToken() != null) {
            next = new SyncPosition.Progress(feedCursor, step, page.nextPageToken());
        } else if (step + 1 < steps.size()) {
            next = new SyncPosition.Progress(feedCursor, step + 1, null);
        } else {
            next = null;
        }
        if (next != null) {
            // The next page is asked for while this one is applied: the platform answers meanwhile.
            SnapshotStep following = steps.get(next.step());
            ahead.ask(following.kind(), following.query(next.pageToken()));
        }
        try {
            return db.writeRedoable(c -> {
                applyAll(c, changes, fetched.decoded());
                store.save(c, next, feedCursor);
                return new PullResult(changes.size(), next != null, null, null, null);
            });
        } catch (Homeless h) {
            return new PullResult(0, true, null, null, h.kind);
        }
    }

    /** Where a snapshot read keeps its progress (first sync and resync, or the history). */
    @FunctionalInterface
    public interface ProgressStore {
        void save(Connection c, SyncPosition.Progress next, String feedCursor) throws SQLException;
    }

    /** Applies a page; a kind with no local home undoes the whole page (the position stays before it). */
    private void applyAll(Connection c, List<Change> changes, DecodedRecords decoded) throws SQLException {
        Optional<ChangeKind> homeless;
        // A page runs the same statements once per record: each is prepared once for the page.
        try (StatementCache statements = new StatementCache(c)) {
            homeless = records.applyPage(statements.connection(), changes, decoded);
        }
        if (homeless.isPresent()) {
            throw new Homeless(homeless.get());
        }
    }

    private static final class Homeless extends RuntimeException {
        final ChangeKind kind;

        Homeless(ChangeKind kind) {
            super("no local home for " + kind.wire(), null, false, false);
            this.kind = kind;
        }
    }

    /** A snapshot item's last change, from its own {@code updated_at} (or {@code created_at}); null when it has none. */
    static java.time.Instant changedAt(JsonNode item) {
        String at = item.path("updated_at").asText(item.path("created_at").asText(""));
        try {
            return at.isEmpty() ? null : java.time.Instant.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String idOf(ChangeKind kind, JsonNode item) {
        String field = switch (kind) {
            case STOCK -> "sku_id";
            case DESK -> "desk_id";
            default -> "id";
        };
        return item.path(field).asText();
    }
}
