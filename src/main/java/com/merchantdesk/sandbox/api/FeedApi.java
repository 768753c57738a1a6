package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangePage;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/changes?cursor=&limit=}: the seller's changes after the cursor, in commit order, with the next
 * cursor. One read transaction per page, so a page shows the records as of one moment.
 */
public final class FeedApi {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    private final Database db;

    public FeedApi(Database db) { this.db = db; }

    public ApiResponse changes(Call call) {
        int limit = Parameters.limit(call, DEFAULT_LIMIT, MAX_LIMIT);
        return ApiResponse.ok(db.readSnapshot(c -> {
            Feed.Position position = Feed.position(c, call.seller());
            long after = Cursors.decode(call.parameter("cursor"), call.seller(), position);
            List<Feed.Entry> entries = Feed.after(c, call.seller(), after, limit + 1);
            boolean more = entries.size() > limit;
            List<Change> changes = new ArrayList<>(Math.min(entries.size(), limit));
            long last = after;
            for (Feed.Entry entry : entries.subList(0, Math.min(entries.size(), limit))) {
                JsonNode data = entry.deleted() ? null : RecordDocs.find(c, call.seller(), entry.kind(), entry.entityId()).orElse(null);
                changes.add(new Change(entry.kind(), entry.entityId(), entry.deleted() || data == null, entry.changedAt(), data));
                last = entry.seq();
            }
            return new ChangePage(changes, Cursors.encode(call.seller(), position.epoch(), last), more);
        }));
    }
}
