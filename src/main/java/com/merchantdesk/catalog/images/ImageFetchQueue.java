package com.merchantdesk.catalog.images;

import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The images an import names (web addresses, file paths), written in the import's own transaction so they
 * are fetched once it has committed, and never lost to a crash in between. A source already queued or
 * fetched for a product is not queued again: importing the same file twice fetches nothing twice.
 */
public final class ImageFetchQueue {

    private ImageFetchQueue() {}

    /** Queues {@code sources} for {@code productId} in file order; the number newly queued. */
    public static int enqueue(Connection c, String productId, List<String> sources, Instant now) throws SQLException {
        int queued = 0;
        try (PreparedStatement position = c.prepareStatement(
                "SELECT coalesce(max(position), -1) FROM product_image_fetch WHERE product_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO product_image_fetch"
                     + "(id, product_id, source, position, state, updated_at) VALUES (?, ?, ?, ?, 'PENDING', ?)")) {
            position.setString(1, productId);
            int next;
            try (var rs = position.executeQuery()) {
                next = rs.next() ? rs.getInt(1) + 1 : 0;
            }
            for (String source : sources) {
                insert.setString(1, Ids.newIdString());
                insert.setString(2, productId);
                insert.setString(3, source);
                insert.setInt(4, next);
                insert.setLong(5, now.toEpochMilli());
                if (insert.executeUpdate() == 1) {
                    queued++;
                    next++;
                }
            }
        }
        return queued;
    }
}
