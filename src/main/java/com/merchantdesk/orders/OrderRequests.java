package com.merchantdesk.orders;

import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/**
 * Orders made at most once per request id: the order, its outbox rows and the request id are one transaction, so a
 * script that retries after a crash (its own or the desk's) gets the order the first try made, never a second one.
 */
public final class OrderRequests {

    /** The order and whether this call made it (false: an earlier call with the same request id did). */
    public record Made(Order order, boolean created) {}

    private final Database db;
    private final SqliteOrderService orders;
    private final Clock clock;

    public OrderRequests(Database db, SqliteOrderService orders, Clock clock) {
        this.db = db;
        this.orders = orders;
        this.clock = clock;
    }

    public Made createOnce(String requestId, OrderDraft draft, String actor) {
        String id = requestId.strip();
        if (id.isEmpty() || id.length() > 200) {
            throw new IllegalArgumentException("A request id is 1 to 200 characters");
        }
        Object madeOrEarlierId = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id FROM order_request WHERE request_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Ids.fromBytes(rs.getBytes(1));
                    }
                }
            }
            Order order = orders.create(c, draft, actor, clock.instant());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_request(request_id, order_id) VALUES (?, ?)")) {
                ps.setString(1, id);
                ps.setBytes(2, Ids.toBytes(order.id()).orElseThrow());
                ps.executeUpdate();
            }
            return order;
        });
        if (madeOrEarlierId instanceof Order order) {
            return new Made(order, true);
        }
        String earlierId = (String) madeOrEarlierId;
        Optional<Order> earlier = orders.find(earlierId);
        return new Made(earlier.orElseThrow(() -> new IllegalStateException("The order of request " + id + " is gone")), false);
    }
}
