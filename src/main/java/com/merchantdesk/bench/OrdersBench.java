package com.merchantdesk.bench;

import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderQuery;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The orders list and order entry at scale (run after {@code generate --orders 1000000}): the first page
 * (100 rows, newest first) with its total under status, channel and date-range filters and their
 * combinations; text search for what a seller types (a customer's name, a phone's last four digits, an order
 * number, a SKU code, and two letters as the first keystrokes); the summary counters; and saving an order of
 * three lines durably ({@code synchronous=FULL}). Queries are drawn from the data itself.
 */
public final class OrdersBench {

    public static final int PAGE_SIZE = 100;
    public static final double LIST_P95_BUDGET_MS = 50;
    public static final double TEXT_P95_BUDGET_MS = 100;
    public static final double SAVE_P95_BUDGET_MS = 15;

    /** One kind of measurement and the brief's budget for its p95; a budget of 0 means "measured for information". */
    public record Kind(Stats stats, double budgetMs) {
        public boolean hasBudget() { return budgetMs > 0; }

        public boolean withinBudget() { return !hasBudget() || stats.p95Ms() <= budgetMs; }
    }

    private record Sample(String number, String customerName, String phone, String skuCode, long createdAt) {}

    private final OrderService orders;
    private final Database db;
    private final Predicate<String> kinds;

    public OrdersBench(OrderService orders, Database db) { this(orders, db, name -> true); }

    /** Runs only the kinds whose name {@code kinds} accepts. */
    public OrdersBench(OrderService orders, Database db, Predicate<String> kinds) {
        this.orders = orders;
        this.db = db;
        this.kinds = kinds;
    }

    /**
     * Runs {@code rounds} timed operations per kind after {@code warmup} untimed ones. Saving adds
     * {@code warmup + rounds} orders (marked "bench" in their memo) to the data folder.
     */
    public List<Kind> run(int warmup, int rounds, long seed, Currency currency) {
        List<Sample> samples = samples(seed);
        List<String> skuIds = skuIds(seed);
        if (samples.isEmpty() || skuIds.size() < 3) {
            throw new IllegalStateException("There are no orders: run generate --skus N --orders N first");
        }
        Random random = new Random(seed);
        Supplier<Sample> any = () -> samples.get(random.nextInt(samples.size()));
        long newest = samples.stream().mapToLong(Sample::createdAt).max().orElseThrow();
        long oldest = samples.stream().mapToLong(Sample::createdAt).min().orElseThrow();
        Supplier<Instant[]> month = () -> {
            long from = oldest + (long) (random.nextDouble() * Math.max(1, newest - oldest));
            return new Instant[] {Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + 30L * 86_400_000L)};
        };
        Supplier<OrderStatus> status = () -> OrderStatus.values()[random.nextInt(OrderStatus.values().length)];
        Supplier<Channel> channel = () -> Channel.values()[random.nextInt(Channel.values().length)];
        OrderQuery base = new OrderQuery(null, null, null, null, "", OrderQuery.Sort.CREATED, true, 0, PAGE_SIZE);

        List<Kind> result = new ArrayList<>();
        result.add(list("orders: list as it opens (no filter)", warmup, rounds, () -> base));
        result.add(list("orders: status filter", warmup, rounds, () -> base.withStatuses(Set.of(status.get()))));
        result.add(list("orders: summary group (to pay/pack/ship, after-sale)", warmup, rounds, () -> {
            List<Set<OrderStatus>> groups = List.of(OrderStatus.TO_PAY, OrderStatus.TO_PACK, OrderStatus.TO_SHIP,
                    OrderStatus.AFTER_SALE);
            return base.withStatuses(groups.get(random.nextInt(groups.size())));
        }));
        result.add(list("orders: channel filter", warmup, rounds, () -> base.withChannels(Set.of(channel.get()))));
        result.add(list("orders: status + channel", warmup, rounds,
                () -> base.withStatuses(Set.of(status.get())).withChannels(Set.of(channel.get()))));
        result.add(list("orders: date range (30 days)", warmup, rounds, () -> {
            Instant[] m = month.get();
            return base.withCreated(m[0], m[1]);
        }));
        result.add(list("orders: status + channel + 30 days", warmup, rounds, () -> {
            Instant[] m = month.get();
            return base.withStatuses(Set.of(status.get())).withChannels(Set.of(channel.get())).withCreated(m[0], m[1]);
        }));
        // Other sorts than newest first have no index of their own: for information, not a budget.
        result.add(kind(time("orders: to ship, sorted by total (info)", warmup, rounds, () -> orders.search(
                base.withStatuses(OrderStatus.TO_SHIP).withSort(OrderQuery.Sort.TOTAL, true))), 0));
        result.add(kind(time("orders: all but cancelled, sorted by total (info)", warmup, rounds, () -> orders.search(
                base.withStatuses(EnumSet.complementOf(EnumSet.of(OrderStatus.CANCELLED))).withSort(OrderQuery.Sort.TOTAL, true))), 0));
        result.add(text("orders text: customer name word", warmup, rounds, () -> firstWord(any.get().customerName())));
        result.add(text("orders text: phone, last 4 digits", warmup, rounds, () -> {
            String phone = any.get().phone();
            return phone.substring(phone.length() - 4);
        }));
        result.add(text("orders text: order number", warmup, rounds, () -> any.get().number()));
        result.add(text("orders text: SKU code", warmup, rounds, () -> any.get().skuCode()));
        result.add(text("orders text: 2 letters of a name (as you type)", warmup, rounds, () -> {
            String word = firstWord(any.get().customerName());
            return word.substring(0, Math.min(2, word.length()));
        }));
        result.add(text("orders text: name + status filter", warmup, rounds, () -> firstWord(any.get().customerName())));
        result.add(text("orders text: 2 letters + status filter", warmup, rounds, () -> {
            String word = firstWord(any.get().customerName());
            return word.substring(0, Math.min(2, word.length()));
        }));
        result.add(kind(time("orders: summary counters", warmup, rounds, orders::counts), LIST_P95_BUDGET_MS));
        result.add(kind(time("orders: save an order of 3 lines (durable)", warmup, rounds, () -> {
            List<OrderDraft.LineDraft> lines = new ArrayList<>();
            int first = random.nextInt(skuIds.size() - 2);
            for (int i = 0; i < 3; i++) {
                lines.add(OrderDraft.LineDraft.of(skuIds.get(first + i), 1 + random.nextInt(2)));
            }
            return orders.create(new OrderDraft(currency, Channel.PHONE, null, null, null, lines, "", "", "", PaymentMethod.CASH, true,
                    "bench", null, true));
        }), SAVE_P95_BUDGET_MS));
        return result.stream().filter(k -> k != null).toList();
    }

    private Kind list(String name, int warmup, int rounds, Supplier<OrderQuery> queries) {
        return kind(time(name, warmup, rounds, () -> orders.search(queries.get())), LIST_P95_BUDGET_MS);
    }

    private Kind text(String name, int warmup, int rounds, Supplier<String> texts) {
        boolean withStatus = name.contains("status");
        OrderQuery base = new OrderQuery(withStatus ? Set.of(OrderStatus.DELIVERED) : null, null, null, null, "",
                OrderQuery.Sort.CREATED, true, 0, PAGE_SIZE);
        return kind(time(name, warmup, rounds, () -> orders.search(base.withText(texts.get()))), TEXT_P95_BUDGET_MS);
    }

    private static Kind kind(Stats stats, double budgetMs) { return stats == null ? null : new Kind(stats, budgetMs); }

    private Stats time(String name, int warmup, int rounds, Supplier<?> work) {
        if (!kinds.test(name)) {
            return null;
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            work.get();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                millis.add(elapsed);
            }
        }
        return Stats.of(name, millis);
    }

    private static String firstWord(String name) {
        for (String w : name.split("\\s+")) {
            if (!SearchText.matchExpression(w).isEmpty()) {
                return w;
            }
        }
        return name;
    }

    /** Orders spread over the table (every n-th), with a customer and one of their SKU codes. */
    private List<Sample> samples(long seed) {
        return db.read(c -> {
            List<Sample> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.number, o.customer_name, o.customer_phone, "
                    + "(SELECT l.sku_code FROM order_line l WHERE l.order_no = o.order_no ORDER BY l.position LIMIT 1), "
                    + "o.created_at FROM orders o WHERE o.order_no % 997 = ? AND o.customer_name <> '' LIMIT 500")) {
                ps.setLong(1, Math.floorMod(seed, 997));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                    }
                }
            }
            return rows;
        });
    }

    private List<String> skuIds(long seed) {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sku WHERE sku_no % 101 = ? LIMIT 300")) {
                ps.setLong(1, Math.floorMod(seed, 101));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }
}
