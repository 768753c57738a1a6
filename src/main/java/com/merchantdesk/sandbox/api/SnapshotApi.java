package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.SnapshotPage;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.store.Desks;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.store.Database;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /v1/snapshot?kind=&limit=&page_token=}: the current records of one kind, by id, for a first sync or
 * after a 410. The first page fixes the feed position the snapshot starts from ({@code feed_cursor}, on every
 * page). Orders may be limited to open ones ({@code open_only=true}) and to those placed within the last
 * {@code created_within_days} days by the server's clock, so a desk gets its working set first.
 */
public final class SnapshotApi {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;
    static final int MAX_DAYS = 3650;

    private final Database db;

    public SnapshotApi(Database db) { this.db = db; }

    public ApiResponse snapshot(Call call) {
        ChangeKind kind = kind(call.parameter("kind"));
        int limit = Parameters.limit(call, DEFAULT_LIMIT, MAX_LIMIT);
        boolean openOnly = Parameters.flag(call, "open_only");
        Integer days = Parameters.positive(call, "created_within_days", MAX_DAYS);
        if ((openOnly || days != null) && kind != ChangeKind.ORDER) {
            throw ApiFailure.invalid(openOnly ? "open_only" : "created_within_days", "applies to kind=order only");
        }
        return ApiResponse.ok(db.readSnapshot(c -> {
            Token token = Token.parse(call.parameter("page_token"), kind, openOnly, days);
            if (token == null) {
                Feed.Position position = Feed.position(c, call.seller());
                Instant since = days == null ? null : call.now().minus(Duration.ofDays(days));
                token = new Token(kind, "", position.epoch(), position.lastSeq(), openOnly, days, since == null ? -1 : since.toEpochMilli());
            }
            List<JsonNode> items = new ArrayList<>();
            String last = page(c, call, token, limit + 1, items);
            boolean more = items.size() > limit;
            if (more) {
                items.remove(items.size() - 1);
                last = items.get(items.size() - 1).path(kind == ChangeKind.STOCK ? "sku_id" : kind == ChangeKind.DESK ? "desk_id" : "id").asText();
            }
            String cursor = Cursors.encode(call.seller(), token.epoch, token.seq);
            return new SnapshotPage(kind, items, cursor, more ? token.after(last).encode() : null, more);
        }));
    }

    private static String page(java.sql.Connection c, Call call, Token token, int limit, List<JsonNode> items) throws java.sql.SQLException {
        String last = token.afterId;
        switch (token.kind) {
            case ORDER -> {
                Instant since = token.sinceMillis < 0 ? null : Instant.ofEpochMilli(token.sinceMillis);
                for (StoredRecord row : Orders.page(c, call.seller(), token.afterId, limit, token.openOnly, since)) {
                    items.add(Docs.tree(row.doc()));
                    last = row.id();
                }
            }
            case SKU, STOCK -> {
                for (Skus.Row row : Skus.page(c, call.seller(), token.afterId, limit)) {
                    items.add(token.kind == ChangeKind.SKU ? Docs.tree(row.record().doc()) : PlatformJson.mapper().valueToTree(row.stock()));
                    last = row.record().id();
                }
            }
            case DESK -> Desks.all(c, call.seller()).stream()
                    .filter(d -> d.deskId().compareTo(token.afterId) > 0)
                    .sorted((a, b) -> a.deskId().compareTo(b.deskId()))
                    .limit(limit)
                    .forEach(d -> items.add(PlatformJson.mapper().valueToTree(d)));
            default -> {
                for (StoredRecord row : Records.page(c, call.seller(), token.kind, token.afterId, limit)) {
                    items.add(Docs.tree(row.doc()));
                    last = row.id();
                }
            }
        }
        return last;
    }

    private static ChangeKind kind(String text) {
        if (text == null || text.isEmpty()) {
            throw ApiFailure.invalid("kind", "is required: one of " + kinds());
        }
        for (ChangeKind kind : ChangeKind.values()) {
            if (kind.wire().equals(text)) {
                return kind;
            }
        }
        throw ApiFailure.invalid("kind", "must be one of " + kinds() + " (was \"" + text + "\")");
    }

    private static String kinds() {
        return String.join(", ", java.util.Arrays.stream(ChangeKind.values()).map(ChangeKind::wire).toList());
    }

    /** Where the next page starts, and what the first page fixed (feed position, filters), opaque to clients. */
    private record Token(ChangeKind kind, String afterId, int epoch, long seq, boolean openOnly, Integer days, long sinceMillis) {

        Token after(String id) { return new Token(kind, id, epoch, seq, openOnly, days, sinceMillis); }

        String encode() {
            String plain = String.join("|", kind.wire(), afterId, Integer.toString(epoch), Long.toString(seq),
                    Boolean.toString(openOnly), days == null ? "" : days.toString(), Long.toString(sinceMillis));
            return "p1." + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Token parse(String text, ChangeKind kind, boolean openOnly, Integer days) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                if (!text.startsWith("p1.")) {
                    throw new IllegalArgumentException();
                }
                String[] p = new String(Base64.getUrlDecoder().decode(text.substring(3)), StandardCharsets.UTF_8).split("\\|", -1);
                Token token = new Token(ChangeKind.valueOf(p[0].toUpperCase(Locale.ROOT)), p[1], Integer.parseInt(p[2]),
                        Long.parseLong(p[3]), Boolean.parseBoolean(p[4]), p[5].isEmpty() ? null : Integer.valueOf(p[5]), Long.parseLong(p[6]));
                if (token.kind != kind || token.openOnly != openOnly || !java.util.Objects.equals(token.days, days)) {
                    throw ApiFailure.invalid("page_token", "belongs to another snapshot: send the same kind and filters as for its first page");
                }
                return token;
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw ApiFailure.invalid("page_token", "is not a page token this server gave out");
            }
        }
    }
}
