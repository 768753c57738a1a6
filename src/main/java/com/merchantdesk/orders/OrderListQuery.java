package com.merchantdesk.orders;

import com.merchantdesk.store.SyncState;
import com.merchantdesk.store.SyncStates;
import java.util.Map;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The orders list's SQL: one filtered, sorted page and its total, and the summary counters. The indexes of
 * V2 ({@code (status, created_at)}, {@code (channel, created_at)}, {@code created_at}, the FTS index) let the
 * first page, newest first, stop after {@code limit} rows.
 */
final class OrderListQuery {

    private static final String COLUMNS = "o.id, o.number, o.created_at, o.channel, o.customer_name, o.customer_phone, "
            + "o.line_count, o.item_count, o.currency, o.total_minor, o.status, o.payment_state, o.memo_flag, o.oversold, "
            + "o.order_no";

    /** An order's sync state over alias {@code r} (SyncStates): a line that needs mapping counts first. */
    static final String SYNC_STATE = SyncStates.expression(OrderPayloads.ENTITY, SyncStates.uuidText("r.id"),
            "r.platform_version", "EXISTS (SELECT 1 FROM order_line u WHERE u.order_no = r.order_no AND u.unmapped_sku IS NOT NULL)");

    /** Orders whose create the platform has not acknowledged yet (SyncStates): found from the open outbox rows. */
    static final String NOT_ON_PLATFORM = SyncStates.notOnPlatform(OrderPayloads.ENTITY, "o.id", true);

    /**
     * A page and its total. With search text, the number of matches (which the full-text index gives at once)
     * decides how SQLite is led: few matches are fetched by key and sorted; many are found by walking the
     * orders newest first (or by the filter's index) and stopping after one page. Left to itself, SQLite walks
     * a filter's index of hundreds of thousands of orders to check a few matches, or the other way round.
     */
    Page<OrderRow> search(Connection c, OrderQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        String match = OrderSearchText.match(q.text(), q.statuses(), q.channels());
        long matches = match.isEmpty() ? -1 : textMatches(c, match);
        boolean text = matches >= 0;
        boolean dates = q.createdFrom() != null || q.createdBefore() != null;
        long total;
        if (text && !dates && !q.notOnPlatform()) {
            // Status and channel are in the index too: it counts the matches alone.
            total = matches;
        } else {
            String from = text && matches <= KEYED_COUNT ? " FROM orders o NOT INDEXED" : " FROM orders o";
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + from + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        List<OrderRow> rows = new ArrayList<>();
        if (total > q.offset()) {
            String from = " FROM orders o";
            String pageWhere = where;
            if (text && matches <= KEYED_PAGE) {
                from = " FROM orders o NOT INDEXED";
            } else if (text && q.sort() == OrderQuery.Sort.CREATED) {
                pageWhere = where.replace(TEXT_CONDITION, "+" + TEXT_CONDITION);
            }
            rows = page(c, "SELECT " + COLUMNS + from + pageWhere + " ORDER BY " + orderBy(q) + " LIMIT ? OFFSET ?",
                    args, q.limit(), q.offset());
        }
        return new Page<>(rows, total, q.offset(), q.limit());
    }

    /**
     * Up to this many matches, counting them one by one by key (about 1.5 µs each) beats scanning a filter's
     * index (about 0.07 µs per order it holds), for the filters a seller uses at 1,000,000 orders.
     */
    static final long KEYED_COUNT = 20_000;
    /** Up to this many matches, fetching and sorting them all beats walking the orders until a page is full. */
    static final long KEYED_PAGE = 2_000;
    private static final String TEXT_CONDITION = "o.order_no IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)";

    private static long textMatches(Connection c, String match) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM order_search WHERE order_search MATCH ?")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A customer's orders, newest first. */
    Page<OrderRow> ofCustomer(Connection c, String customerId, int offset, int limit) throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orders "
                + "WHERE customer_no = (SELECT customer_no FROM customer WHERE id = ?)")) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<OrderRow> rows = page(c, "SELECT " + COLUMNS + " FROM orders o "
                + "WHERE o.customer_no = (SELECT customer_no FROM customer WHERE id = ?) "
                + "ORDER BY o.created_at DESC, o.order_no DESC LIMIT ? OFFSET ?", List.of(customerId), limit, offset);
        return new Page<>(rows, total, offset, limit);
    }

    OrderSummaryCounts counts(Connection c) throws SQLException {
        return new OrderSummaryCounts(count(c, OrderStatus.TO_PAY), count(c, OrderStatus.TO_PACK),
                count(c, OrderStatus.TO_SHIP), count(c, OrderStatus.AFTER_SALE));
    }

    private static long count(Connection c, Set<OrderStatus> statuses) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orders WHERE status IN ("
                + OrderCodes.statusList(statuses) + ")")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<OrderRow> page(Connection c, String sql, List<Object> args, int limit, int offset)
            throws SQLException {
        List<OrderRow> rows = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Object> all = new ArrayList<>(args);
            all.add(limit);
            all.add(offset);
            bind(ps, all);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                    keys.add(rs.getLong(15));
                }
            }
        }
        // The page's sync states in one more query, not one per row.
        Map<Long, SyncState> states = SyncStates.byKey(c, "orders", "order_no", SYNC_STATE, keys);
        List<OrderRow> withStates = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            withStates.add(rows.get(i).withSyncState(states.getOrDefault(keys.get(i), SyncState.LOCAL_ONLY)));
        }
        return withStates;
    }

    private static String where(OrderQuery q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (q.statuses().size() < OrderStatus.values().length) {
            conditions.add("o.status IN (" + marks(q.statuses()) + ")");
            q.statuses().forEach(s -> args.add(OrderCodes.of(s)));
        }
        if (q.channels().size() < Channel.values().length) {
            conditions.add("o.channel IN (" + marks(q.channels()) + ")");
            q.channels().forEach(ch -> args.add(OrderCodes.of(ch)));
        }
        if (q.createdFrom() != null) {
            conditions.add("o.created_at >= ?");
            args.add(q.createdFrom().toEpochMilli());
        }
        if (q.createdBefore() != null) {
            conditions.add("o.created_at < ?");
            args.add(q.createdBefore().toEpochMilli());
        }
        String match = OrderSearchText.match(q.text(), q.statuses(), q.channels());
        if (!match.isEmpty()) {
            conditions.add(TEXT_CONDITION);
            args.add(match);
        }
        if (q.notOnPlatform()) {
            conditions.add(NOT_ON_PLATFORM);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String orderBy(OrderQuery q) {
        String direction = q.descending() ? " DESC" : " ASC";
        String column = switch (q.sort()) {
            case CREATED -> "o.created_at";
            case NUMBER -> "o.number";
            case CUSTOMER -> "o.customer_name COLLATE NOCASE";
            case TOTAL -> "o.total_minor";
            // By code: the order of the life cycle (pending payment first), not of the names.
            case STATUS -> "o.status";
        };
        return column + direction + ", o.order_no" + direction;
    }

    private static String marks(Collection<?> values) {
        return String.join(",", values.stream().map(v -> "?").toList());
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static OrderRow row(ResultSet rs) throws SQLException {
        return new OrderRow(Ids.fromBytes(rs.getBytes(1)), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                OrderCodes.channel(rs.getInt(4)), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8),
                Money.ofMinor(rs.getLong(10), rs.getString(9)), OrderCodes.status(rs.getInt(11)),
                OrderCodes.paymentState(rs.getInt(12)), OrderCodes.memoFlag(rs.getInt(13)), rs.getInt(14) != 0,
                SyncState.LOCAL_ONLY);
    }
}
