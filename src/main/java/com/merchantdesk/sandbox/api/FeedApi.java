package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.http.RawJson;
import java.io.ByteArrayOutputStream;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.store.Database;
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

    private static byte[] utf8(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    /** A JSON string, escaped as Jackson escapes it. */
    private static String quoted(String text) {
        try {
            return PlatformJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse changes(Call call) {
        int limit = Parameters.limit(call, DEFAULT_LIMIT, MAX_LIMIT);
        return ApiResponse.ok(db.readSnapshot(c -> {
            Feed.Position position = Feed.position(c, call.seller());
            long after = Cursors.decode(call.parameter("cursor"), call.seller(), position);
            List<Feed.EntryWithDoc> entries = Feed.afterWithDocs(c, call.seller(), after, limit + 1);
            boolean more = entries.size() > limit;
            // Written by hand around the stored JSON, copied as bytes; kinds and times need no escaping, ids and the cursor are quoted.
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(entries.size(), limit) * 1_400 + 100);
            long last = after;
            out.writeBytes(utf8("{\"changes\":["));
            int written = 0;
            for (Feed.EntryWithDoc e : entries.subList(0, Math.min(entries.size(), limit))) {
                Feed.Entry entry = e.entry();
                byte[] doc = e.doc();
                if (doc == null && !entry.deleted() && (entry.kind() == ChangeKind.STOCK || entry.kind() == ChangeKind.DESK)) {
                    doc = RecordDocs.find(c, call.seller(), entry.kind(), entry.entityId())
                            .map(node -> node.toString().getBytes(StandardCharsets.UTF_8)).orElse(null);
                }
                out.writeBytes(utf8((written++ == 0 ? "" : ",") + "{\"kind\":\"" + entry.kind().wire() + "\",\"id\":"
                        + quoted(entry.entityId()) + ",\"deleted\":" + (doc == null) + ",\"changed_at\":\"" + entry.changedAt() + "\""));
                if (doc != null) {
                    out.writeBytes(utf8(",\"data\":"));
                    out.writeBytes(doc);
                }
                out.write('}');
                last = entry.seq();
            }
            out.writeBytes(utf8("],\"next_cursor\":" + quoted(Cursors.encode(call.seller(), position.epoch(), last))
                    + ",\"has_more\":" + more + "}"));
            return new RawJson(out.toByteArray());
        }));
    }
}
