package com.merchantdesk.sandbox.api;

import com.merchantdesk.platform.ProblemType;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.Seller;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Feed cursors: opaque to clients, here the seller, the seller's cursor epoch and the last seq sent. A cursor of
 * an older epoch, or from before a pruned tombstone, is expired (410); one that does not parse or is another
 * seller's is a bad parameter (422).
 */
final class Cursors {

    private static final String PREFIX = "c1.";

    private Cursors() {}

    static String encode(Seller seller, int epoch, long seq) {
        String plain = seller.no() + "." + epoch + "." + seq;
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The seq after which to read; 0 for no cursor (from the start). */
    static long decode(String cursor, Seller seller, Feed.Position position) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        long[] parts = parse(cursor);
        if (parts == null) {
            throw ApiFailure.invalid("cursor", "is not a cursor this server gave out");
        }
        if (parts[0] != seller.no()) {
            throw ApiFailure.invalid("cursor", "belongs to another seller account");
        }
        if (parts[1] != position.epoch() || parts[2] < position.horizon()) {
            throw ApiFailure.of(ProblemType.CURSOR_EXPIRED, "This cursor has expired; read GET /v1/snapshot for each kind,"
                    + " then the feed from the snapshot's feed_cursor (keep your outbox)");
        }
        if (parts[2] > position.lastSeq()) {
            throw ApiFailure.invalid("cursor", "points past the end of the feed");
        }
        return parts[2];
    }

    private static long[] parse(String cursor) {
        if (!cursor.startsWith(PREFIX)) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.substring(PREFIX.length())), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.");
            if (parts.length != 3) {
                return null;
            }
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
