package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.http.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    public ApiResponse changes(Call call) {
        int limit = Parameters.limit(call, DEFAULT_LIMIT, MAX_LIMIT);
        return ApiResponse.ok(db.readSnapshot(c -> {
            Feed.Position position = Feed.position(c, call.seller());
            long after = Cursors.decode(call.parameter("cursor"), call.seller(), position);
            List<Feed.EntryWithDoc> entries = Feed.afterWithDocs(c, call.seller(), after, limit + 1);
            boolean more = entries.size() > limit;
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(entries.size(), limit) * 600 + 100);
            long last = after;
            try (JsonGenerator json = PlatformJson.mapper().getFactory().createGenerator(out)) {
                json.writeStartObject();
                json.writeArrayFieldStart("changes");
                for (Feed.EntryWithDoc e : entries.subList(0, Math.min(entries.size(), limit))) {
                    Feed.Entry entry = e.entry();
                    String doc = e.doc();
                    if (doc == null && !entry.deleted() && (entry.kind() == ChangeKind.STOCK || entry.kind() == ChangeKind.DESK)) {
                        doc = RecordDocs.find(c, call.seller(), entry.kind(), entry.entityId()).map(JsonNode::toString).orElse(null);
                    }
                    json.writeStartObject();
                    json.writeStringField("kind", entry.kind().wire());
                    json.writeStringField("id", entry.entityId());
                    json.writeBooleanField("deleted", doc == null);
                    json.writeStringField("changed_at", entry.changedAt().toString());
                    if (doc != null) {
                        json.writeFieldName("data");
                        json.writeRawValue(doc);
                    }
                    json.writeEndObject();
                    last = entry.seq();
                }
                json.writeEndArray();
                json.writeStringField("next_cursor", Cursors.encode(call.seller(), position.epoch(), last));
                json.writeBooleanField("has_more", more);
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new RawJson(out.toByteArray());
        }));
    }
}
