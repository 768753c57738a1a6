package com.merchantdesk.orders.demo;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.AddressJson;
import com.merchantdesk.customers.CustomerSearchText;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderNumbers;
import com.merchantdesk.orders.OrderSalesEvents;
import com.merchantdesk.orders.OrderSearchText;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.OrderTotals;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.PaymentState;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark-scale order history: N orders over the last two years on the SKUs already in the catalogue,
 * written straight with batched SQL (1,000,000 orders in minutes, not hours), committed {@link #CHUNK} orders at
 * a time so the WAL stays small (one transaction for all of them left a WAL as large as the data, 2.3 GB); the
 * full-text indexes are then merged in steps of their own and the WAL truncated. A run stopped midway keeps
 * the chunks it committed, each whole (orders, lines, history, search rows, numbers), without their stock
 * movements, which are written last.
 *
 * <p>The rows are what {@code SqliteOrderService} writes — customers, orders with the title and price snapshots
 * of their lines, status history steps, human numbers (the {@code order_number} sequence moves on, so orders
 * entered later continue it), the search words — with realistic variety: one to six lines, channels (most
 * from the platform, with {@code P-} numbers), customers who come back, stall sales without a customer,
 * statuses by age (recent orders still to pay, pack and ship; older ones delivered, some cancelled or
 * refunded), discounts, shipping fees, memos with flags, a few oversold orders.
 *
 * <p>Stock is kept right in aggregate: each sold SKU gets one SOLD movement for its net units (cancelled and
 * restocked units excluded), preceded by a RECEIVED top-up where on-hand would otherwise go below zero. As with
 * {@code SyntheticCatalog}, no outbox rows are written: the history stands for orders the platform already
 * knows. The same seed gives the same orders on the same catalogue. Blocking.
 */
public final class SyntheticOrders {

    public static final int MAX_ORDERS = 5_000_000;
    private static final int BATCH = 1_000;
    /** Orders per transaction: about 10-20 MB of WAL each. */
    static final int CHUNK = 10_000;
    /** Pages of full-text index merged per transaction after the orders are written. */
    private static final int MERGE_PAGES = 2_000;
    private static final long DAY = 86_400_000L;
    private static final long SPAN = 730 * DAY;
    static final String REFERENCE = "generated orders";

    private final Database db;
    private final Clock clock;
    private final OrderSalesEvents sales;

    /** {@code sales} counts each chunk of orders in the sales figures, in the chunk's transaction. */
    public SyntheticOrders(Database db, Clock clock, OrderSalesEvents sales) {
        this.db = db;
        this.clock = clock;
        this.sales = sales;
    }

    /** Adds {@code orderCount} orders on the catalogue's SKUs priced in {@code currency}. */
    public SyntheticOrdersSummary generate(int orderCount, long seed, Currency currency) {
        if (orderCount < 1 || orderCount > MAX_ORDERS) {
            throw new IllegalArgumentException("orderCount must be between 1 and " + MAX_ORDERS);
        }
        long started = System.nanoTime();
        Catalogue catalogue = db.read(c -> Catalogue.load(c, currency));
        if (catalogue.size() == 0) {
            throw new IllegalStateException("no SKUs priced in " + currency.getCurrencyCode());
        }
        Writer writer = new Writer(new Random(seed), catalogue, currency);
        int customers = db.write(c -> writer.writeCustomers(c, orderCount));
        for (int from = 0; from < orderCount; from += CHUNK) {
            int first = from;
            db.write(c -> writer.writeOrders(c, first, Math.min(orderCount, first + CHUNK), orderCount));
        }
        long movements = db.write(writer::writeStock);
        merge("customer_search");
        merge("order_search");
        db.checkpoint();
        return new SyntheticOrdersSummary(orderCount, writer.lines, customers, movements,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Merges a full-text index's segments into one (what {@code 'optimize'} does in one transaction, which
     * rewrites the whole index into the WAL), {@link #MERGE_PAGES} pages per transaction until nothing is left
     * to merge. A search then reads one segment per word.
     */
    private void merge(String table) {
        boolean more = true;
        while (more) {
            more = db.write(c -> {
                try (Statement st = c.createStatement()) {
                    long before = totalChanges(st);
                    st.execute("INSERT INTO " + table + "(" + table + ", rank) VALUES ('merge', -" + MERGE_PAGES + ")");
                    return totalChanges(st) - before >= 2;
                }
            });
        }
    }

    private static long totalChanges(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT total_changes()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The SKUs orders are made of, in memory (100,000 SKUs take a few megabytes). */
    private record Catalogue(String[] ids, long[] skuNos, String[] codes, long[] prices, long[] onHand, long[] costs,
                             long shippingFee) {

        int size() { return ids.length; }

        static Catalogue load(Connection c, Currency currency) throws SQLException {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.code, s.price_minor, "
                    + "l.on_hand, s.sku_no, coalesce(s.cost_minor, -1) FROM sku s JOIN product p ON p.id = s.product_id JOIN stock_level l ON l.sku_id = s.id "
                    + "WHERE s.currency = ? AND p.status <> 'DRAFT' ORDER BY s.sku_no")) {
                ps.setString(1, currency.getCurrencyCode());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6)});
                    }
                }
            }
            int n = rows.size();
            String[] ids = new String[n];
            long[] skuNos = new long[n];
            String[] codes = new String[n];
            long[] prices = new long[n];
            long[] onHand = new long[n];
            long[] costs = new long[n];
            for (int i = 0; i < n; i++) {
                Object[] r = rows.get(i);
                ids[i] = (String) r[0];
                skuNos[i] = (Long) r[4];
                codes[i] = (String) r[1];
                prices[i] = (Long) r[2];
                onHand[i] = (Long) r[3];
                costs[i] = (Long) r[5];
            }
            long[] sorted = prices.clone();
            Arrays.sort(sorted);
            long fee = n == 0 ? 0 : roundDown(sorted[n / 10] / 2);
            return new Catalogue(ids, skuNos, codes, prices, onHand, costs, fee);
        }

        /** Two significant digits, so a fee reads like one a shop would charge. */
        private static long roundDown(long amount) {
            long step = 1;
            while (amount / step >= 100) {
                step *= 10;
            }
            return Math.max(step, amount / step * step);
        }
    }

    private record Person(long customerNo, String name, String phone) {}

    /** One run's state across its transactions; each chunk's statements on that transaction's connection. */
    private final class Writer {
        private Connection c;
        private final Random random;
        private final Catalogue skus;
        private final Currency currency;
        private final long now = clock.millis();
        private final long[] netSold;
        private final Map<String, Long> lastNumbers = new HashMap<>();
        private PreparedStatement order;
        private PreparedStatement line;
        private PreparedStatement history;
        private PreparedStatement search;
        private PreparedStatement refund;
        private List<PreparedStatement> all = List.of();
        private Person[] people;
        private Person[] shops;
        private long orderNo;
        private long lines;
        private int pending;

        Writer(Random random, Catalogue skus, Currency currency) {
            this.random = random;
            this.skus = skus;
            this.currency = currency;
            this.netSold = new long[skus.size()];
        }

        private void prepare(Connection connection) throws SQLException {
            c = connection;
            try (Statement st = c.createStatement()) {
                // A larger page cache for this connection keeps the indexes' working set in memory.
                st.execute("PRAGMA cache_size = -262144");
            }
            order = c.prepareStatement("INSERT INTO orders(order_no, id, number, channel, status, customer_no, "
                    + "customer_name, customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, "
                    + "shipping_fee_minor, tax_rate_bp, tax_minor, total_minor, refunded_minor, line_count, item_count, "
                    + "payment_method, payment_state, memo, memo_flag, oversold, created_at, updated_at, paid_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            line = c.prepareStatement("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, "
                    + "option_label, unit_price_minor, quantity, discount_minor, refunded_quantity, cost_minor) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            history = c.prepareStatement("INSERT INTO order_status_history(order_no, seq, from_status, to_status, actor, "
                    + "note, occurred_at) VALUES (?,?,?,?,?,?,?)");
            search = c.prepareStatement("INSERT INTO order_search(rowid, terms, facets) VALUES (?,?,?)");
            refund = c.prepareStatement("INSERT INTO order_refund(order_no, seq, amount_minor, restocked, units, "
                    + "occurred_at) VALUES (?,0,?,?,?,?)");
            all = List.of(order, line, history, search, refund);
        }

        /** Orders {@code from} (inclusive) to {@code to} of {@code orderCount}, and the numbers they used. */
        Void writeOrders(Connection connection, int from, int to, int orderCount) throws SQLException {
            prepare(connection);
            try {
                if (from == 0) {
                    orderNo = scalar("SELECT coalesce(max(order_no), 0) FROM orders");
                }
                long firstOfChunk = orderNo + 1;
                long start = now - SPAN;
                for (int i = from; i < to; i++) {
                    // Evenly spread and in time order, with jitter inside each order's slot.
                    long slot = SPAN / orderCount;
                    long created = start + i * slot + (slot > 1 ? (long) (random.nextDouble() * slot) : 0);
                    writeOrder(created);
                    if (++pending >= BATCH) {
                        flush();
                    }
                }
                flush();
                sales.ordersWritten(c, firstOfChunk, orderNo);
                for (Map.Entry<String, Long> e : lastNumbers.entrySet()) {
                    if (e.getKey().startsWith(OrderNumbers.PREFIX + "-")) {
                        OrderNumbers.setLast(c, Integer.parseInt(e.getKey().substring(2)), e.getValue());
                    }
                }
                return null;
            } finally {
                for (PreparedStatement ps : all) {
                    ps.close();
                }
                all = List.of();
            }
        }

        int writeCustomers(Connection connection, int orderCount) throws SQLException {
            c = connection;
            int count = Math.max(20, Math.min(250_000, orderCount / 8));
            int shopCount = Math.max(3, Math.min(500, count / 200));
            long base = scalar("SELECT coalesce(max(customer_no), 0) FROM customer");
            people = new Person[count];
            shops = new Person[shopCount];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer(customer_no, id, name, phone, phone_digits, "
                    + "email, address, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,'',?,?)");
                 PreparedStatement fts = c.prepareStatement("INSERT INTO customer_search(rowid, terms) VALUES (?,?)")) {
                for (int i = 0; i < count + shopCount; i++) {
                    boolean shop = i >= count;
                    String name = shop ? SyntheticPeople.shopName(random, i - count) : SyntheticPeople.personName(random);
                    long no = base + i + 1;
                    String phone = SyntheticPeople.phone(no);
                    String email = random.nextInt(100) < 40 || shop ? SyntheticPeople.email(name, no) : "";
                    String id = Ids.newIdString();
                    Person p = new Person(no, name, phone);
                    if (shop) {
                        shops[i - count] = p;
                    } else {
                        people[i] = p;
                    }
                    long created = now - SPAN - random.nextInt(365) * DAY;
                    ps.setLong(1, no);
                    ps.setString(2, id);
                    ps.setString(3, name);
                    ps.setString(4, phone);
                    ps.setString(5, phone.replaceAll("[^0-9]", ""));
                    ps.setString(6, email);
                    ps.setString(7, AddressJson.write(address(name, phone)));
                    ps.setLong(8, created);
                    ps.setLong(9, created);
                    ps.addBatch();
                    fts.setLong(1, no);
                    fts.setString(2, CustomerSearchText.terms(name, phone, email));
                    fts.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        ps.executeBatch();
                        fts.executeBatch();
                    }
                }
                ps.executeBatch();
                fts.executeBatch();
            }
            return count + shopCount;
        }

        private Address address(String name, String phone) {
            int n = 1 + random.nextInt(300);
            return new Address(name, phone, n + " " + SyntheticPeople.pick(STREETS, random), "",
                    SyntheticPeople.pick(CITIES, random), "", String.format(Locale.ROOT, "%05d", random.nextInt(100_000)), "");
        }

        private void writeOrder(long created) throws SQLException {
            long no = ++orderNo;
            Channel channel = channel();
            Person who = customer(channel);
            OrderStatus status = status(now - created);
            int lineCount = lineCount();
            int[] picked = distinctSkus(lineCount);
            long[] quantity = new long[lineCount];
            long[] discount = new long[lineCount];
            long subtotal = 0;
            long items = 0;
            for (int i = 0; i < lineCount; i++) {
                quantity[i] = quantity(channel);
                long gross = skus.prices()[picked[i]] * quantity[i];
                discount[i] = random.nextInt(100) < 8 ? gross * (5 + random.nextInt(16)) / 100 : 0;
                subtotal += gross - discount[i];
                items += quantity[i];
            }
            long orderDiscount = random.nextInt(100) < 4 ? subtotal / 10 : 0;
            long shipping = channel == Channel.STALL || random.nextInt(100) < 45 ? 0 : skus.shippingFee();
            int taxRate = channel == Channel.WHOLESALE ? 1_000 : 0;
            OrderTotals totals = OrderTotals.compute(List.of(new Money(subtotal, currency)),
                    new Money(orderDiscount, currency),
                    new Money(shipping, currency), taxRate);
            long total = totals.total().minorUnits();

            long[] refundedQty = new long[lineCount];
            long refunded = 0;
            boolean restock = random.nextInt(100) < 60;
            if (status == OrderStatus.REFUNDED) {
                refundedQty = quantity.clone();
                refunded = total;
            } else if (status == OrderStatus.PARTIALLY_REFUNDED) {
                refundedQty[0] = 1;
                refunded = Math.min(total - 1, Math.max(0, skus.prices()[picked[0]] - discount[0] / quantity[0]));
                if (refunded <= 0 || total <= 1) {
                    status = OrderStatus.DELIVERED;
                    refundedQty[0] = 0;
                    refunded = 0;
                }
            }
            for (int i = 0; i < lineCount; i++) {
                long returned = status == OrderStatus.CANCELLED ? quantity[i] : restock ? refundedQty[i] : 0;
                netSold[picked[i]] += quantity[i] - returned;
            }

            String number = number(channel, created);
            List<long[]> steps = steps(status, created);
            long updated = steps.get(steps.size() - 1)[1];
            Long paidAt = steps.size() > 1 && steps.get(1)[0] == OrderStatus.PAID.ordinal() ? steps.get(1)[1] : null;
            PaymentState payment = payment(status, paidAt != null);
            boolean memo = random.nextInt(100) < 3;

            int p = 1;
            order.setLong(p++, no);
            order.setBytes(p++, Ids.toBytes(Ids.newId()));
            order.setString(p++, number);
            order.setInt(p++, OrderCodes.of(channel));
            order.setInt(p++, OrderCodes.of(status));
            if (who == null) {
                order.setNull(p++, Types.INTEGER);
            } else {
                order.setLong(p++, who.customerNo());
            }
            order.setString(p++, who == null ? "" : who.name());
            order.setString(p++, who == null ? "" : who.phone());
            order.setString(p++, who == null || channel == Channel.STALL ? "{}" : AddressJson.write(address(who.name(), who.phone())));
            order.setString(p++, currency.getCurrencyCode());
            order.setLong(p++, subtotal);
            order.setLong(p++, orderDiscount);
            order.setLong(p++, shipping);
            order.setInt(p++, taxRate);
            order.setLong(p++, totals.tax().minorUnits());
            order.setLong(p++, total);
            order.setLong(p++, refunded);
            order.setInt(p++, lineCount);
            order.setLong(p++, items);
            order.setInt(p++, OrderCodes.of(paymentMethod(channel)));
            order.setInt(p++, OrderCodes.of(payment));
            order.setString(p++, memo ? SyntheticPeople.pick(MEMOS, random) : "");
            order.setInt(p++, OrderCodes.of(memo ? MemoFlag.values()[1 + random.nextInt(MemoFlag.values().length - 1)] : MemoFlag.NONE));
            order.setInt(p++, random.nextInt(1000) < 2 ? 1 : 0);
            order.setLong(p++, created);
            order.setLong(p++, updated);
            if (paidAt == null) {
                order.setNull(p, Types.INTEGER);
            } else {
                order.setLong(p, paidAt);
            }
            order.addBatch();

            List<String> codes = new ArrayList<>(lineCount);
            for (int i = 0; i < lineCount; i++) {
                int s = picked[i];
                line.setLong(1, no);
                line.setInt(2, i);
                line.setLong(3, skus.skuNos()[s]);
                line.setString(4, skus.codes()[s]);
                // A line sold with the catalogue's title and option label stores neither (V6, orders.OrderLineWords).
                line.setNull(5, Types.VARCHAR);
                line.setNull(6, Types.VARCHAR);
                line.setLong(7, skus.prices()[s]);
                line.setLong(8, quantity[i]);
                line.setLong(9, discount[i]);
                line.setLong(10, refundedQty[i]);
                if (skus.costs()[s] < 0) {
                    line.setNull(11, Types.INTEGER);
                } else {
                    line.setLong(11, skus.costs()[s]);
                }
                line.addBatch();
                codes.add(skus.codes()[s]);
            }
            lines += lineCount;
            String actor = channel == Channel.PLATFORM ? "sync" : "seller";
            for (int i = 0; i < steps.size(); i++) {
                history.setLong(1, no);
                history.setInt(2, i);
                if (i == 0) {
                    history.setNull(3, Types.INTEGER);
                } else {
                    history.setInt(3, OrderCodes.of(OrderStatus.values()[(int) steps.get(i - 1)[0]]));
                }
                history.setInt(4, OrderCodes.of(OrderStatus.values()[(int) steps.get(i)[0]]));
                history.setString(5, actor);
                history.setString(6, "");
                history.setLong(7, steps.get(i)[1]);
                history.addBatch();
            }
            if (status == OrderStatus.REFUNDED || status == OrderStatus.PARTIALLY_REFUNDED) {
                StringBuilder units = new StringBuilder();
                for (int i = 0; i < lineCount; i++) {
                    if (refundedQty[i] > 0) {
                        units.append(units.length() == 0 ? "" : ",").append(i).append(':').append(refundedQty[i]);
                    }
                }
                refund.setLong(1, no);
                refund.setLong(2, refunded);
                refund.setInt(3, restock ? 1 : 0);
                refund.setString(4, units.toString());
                refund.setLong(5, updated);
                refund.addBatch();
            }
            search.setLong(1, no);
            search.setString(2, OrderSearchText.orderTerms(number, who == null ? "" : who.name(),
                    who == null ? "" : who.phone(), codes));
            search.setString(3, OrderSearchText.facets(status, channel));
            search.addBatch();
        }

        /** 55% platform, 15% phone, 15% stall, 8% wholesale, 7% other. */
        private Channel channel() {
            int roll = random.nextInt(100);
            return roll < 55 ? Channel.PLATFORM : roll < 70 ? Channel.PHONE : roll < 85 ? Channel.STALL
                    : roll < 93 ? Channel.WHOLESALE : Channel.OTHER;
        }

        /** Regulars come back: the square of a uniform number favours the first customers. */
        private Person customer(Channel channel) {
            if (channel == Channel.WHOLESALE) {
                return shops[random.nextInt(shops.length)];
            }
            if (channel == Channel.STALL && random.nextInt(100) < 60) {
                return null;
            }
            double u = random.nextDouble();
            return people[(int) (u * u * people.length)];
        }

        /** Older orders have finished; the last days hold the work still to do. */
        private OrderStatus status(long age) {
            int roll = random.nextInt(100);
            if (age > 10 * DAY) {
                return roll < 4 ? OrderStatus.CANCELLED : roll < 6 ? OrderStatus.PARTIALLY_REFUNDED
                        : roll < 7 ? OrderStatus.REFUNDED : OrderStatus.DELIVERED;
            }
            if (age > 4 * DAY) {
                return roll < 4 ? OrderStatus.CANCELLED : roll < 6 ? OrderStatus.PARTIALLY_REFUNDED
                        : roll < 55 ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
            }
            if (age > DAY) {
                return roll < 4 ? OrderStatus.CANCELLED : roll < 8 ? OrderStatus.PENDING_PAYMENT : roll < 20 ? OrderStatus.PAID
                        : roll < 40 ? OrderStatus.PACKED : OrderStatus.SHIPPED;
            }
            return roll < 4 ? OrderStatus.CANCELLED : roll < 35 ? OrderStatus.PENDING_PAYMENT : roll < 75 ? OrderStatus.PAID
                    : OrderStatus.PACKED;
        }

        /** {status ordinal, time} for each history step from creation to {@code status}. */
        private List<long[]> steps(OrderStatus status, long created) {
            List<long[]> steps = new ArrayList<>();
            long t = created;
            boolean cancelledUnpaid = status == OrderStatus.CANCELLED && random.nextBoolean();
            steps.add(new long[] {OrderStatus.PENDING_PAYMENT.ordinal(), t});
            OrderStatus[] chain = {OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED};
            int reach = switch (status) {
                case PENDING_PAYMENT -> 0;
                case PAID -> 1;
                case PACKED -> 2;
                case SHIPPED -> 3;
                case DELIVERED, PARTIALLY_REFUNDED, REFUNDED -> 4;
                case CANCELLED -> cancelledUnpaid ? 0 : 1 + random.nextInt(2);
            };
            // Paid within minutes, packed within hours, shipped mostly by the 12-hour ship-by and delivered mostly
            // within the platform's 24-hour promise (the shipments of issue 15 carry these times).
            long[] gaps = {10 * 60_000L, 4 * 3_600_000L, 8 * 3_600_000L, 20 * 3_600_000L};
            for (int i = 0; i < reach; i++) {
                t = Math.min(now, t + 60_000L + (long) (random.nextDouble() * gaps[i]));
                steps.add(new long[] {chain[i].ordinal(), t});
            }
            if (status == OrderStatus.CANCELLED || status == OrderStatus.PARTIALLY_REFUNDED || status == OrderStatus.REFUNDED) {
                t = Math.min(now, t + 60_000L + (long) (random.nextDouble() * 2 * DAY));
                steps.add(new long[] {status.ordinal(), t});
            }
            return steps;
        }

        private PaymentState payment(OrderStatus status, boolean paid) {
            return switch (status) {
                case PARTIALLY_REFUNDED -> PaymentState.PARTIALLY_REFUNDED;
                case REFUNDED -> PaymentState.REFUNDED;
                default -> paid ? PaymentState.PAID : PaymentState.UNPAID;
            };
        }

        private PaymentMethod paymentMethod(Channel channel) {
            return switch (channel) {
                case PLATFORM -> PaymentMethod.PLATFORM;
                case STALL -> random.nextBoolean() ? PaymentMethod.CASH : PaymentMethod.MOBILE_WALLET;
                case WHOLESALE -> PaymentMethod.BANK_TRANSFER;
                default -> SyntheticPeople.pick(List.of(PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER,
                        PaymentMethod.MOBILE_WALLET, PaymentMethod.CASH), random);
            };
        }

        /** 1 to 6 lines, about 2.9 on average. */
        private int lineCount() {
            int roll = random.nextInt(100);
            return roll < 20 ? 1 : roll < 45 ? 2 : roll < 67 ? 3 : roll < 82 ? 4 : roll < 92 ? 5 : 6;
        }

        private int[] distinctSkus(int count) {
            int n = Math.min(count, skus.size());
            int[] result = new int[n];
            for (int i = 0; i < n; i++) {
                int candidate;
                boolean repeated;
                do {
                    // Bestsellers: a skewed pick favours some SKUs, as real sales do.
                    double u = random.nextDouble();
                    candidate = (int) (u * u * skus.size());
                    repeated = false;
                    for (int j = 0; j < i; j++) {
                        repeated |= result[j] == candidate;
                    }
                } while (repeated);
                result[i] = candidate;
            }
            return n == count ? result : Arrays.copyOf(result, n);
        }

        private long quantity(Channel channel) {
            if (channel == Channel.WHOLESALE) {
                return 10 + random.nextInt(41);
            }
            int roll = random.nextInt(100);
            return roll < 72 ? 1 : roll < 92 ? 2 : 3 + random.nextInt(3);
        }

        private String number(Channel channel, long created) {
            int year = Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).getYear();
            String prefix = (channel == Channel.PLATFORM ? "P" : OrderNumbers.PREFIX) + "-" + year;
            long next = lastNumbers.computeIfAbsent(prefix, k -> startOf(k)) + 1;
            lastNumbers.put(prefix, next);
            return channel == Channel.PLATFORM ? String.format(Locale.ROOT, "%s-%07d", prefix, next)
                    : OrderNumbers.format(year, next);
        }

        private long startOf(String prefix) {
            try {
                if (prefix.startsWith(OrderNumbers.PREFIX + "-")) {
                    return OrderNumbers.last(c, Integer.parseInt(prefix.substring(2)));
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orders WHERE number LIKE ?")) {
                    ps.setString(1, prefix + "-%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot read order numbers: " + e.getMessage(), e);
            }
        }

        /** One SOLD movement per sold SKU, after a RECEIVED top-up where stock would go below zero. */
        long writeStock(Connection connection) throws SQLException {
            c = connection;
            long movements = 0;
            try (PreparedStatement move = c.prepareStatement("INSERT INTO stock_movement(id, sku_id, kind, delta, "
                    + "on_hand_after, reason, note, reference, occurred_at) VALUES (?,?,?,?,?,?,'',?,?)");
                 PreparedStatement level = c.prepareStatement("UPDATE stock_level SET on_hand = ? WHERE sku_id = ?")) {
                for (int s = 0; s < skus.size(); s++) {
                    long sold = netSold[s];
                    if (sold == 0) {
                        continue;
                    }
                    long onHand = skus.onHand()[s];
                    if (onHand - sold < 0) {
                        long topUp = sold - onHand + random.nextInt(30);
                        onHand += topUp;
                        addMovement(move, s, MovementKind.RECEIVED, topUp, onHand, "Supplier delivery");
                        movements++;
                    }
                    onHand -= sold;
                    addMovement(move, s, MovementKind.SOLD, -sold, onHand, "order");
                    movements++;
                    level.setLong(1, onHand);
                    level.setString(2, skus.ids()[s]);
                    level.addBatch();
                    if (movements % BATCH == 0) {
                        move.executeBatch();
                        level.executeBatch();
                    }
                }
                move.executeBatch();
                level.executeBatch();
            }
            return movements;
        }

        private void addMovement(PreparedStatement move, int s, MovementKind kind, long delta, long after, String reason)
                throws SQLException {
            move.setString(1, Ids.newIdString());
            move.setString(2, skus.ids()[s]);
            move.setString(3, kind.name());
            move.setLong(4, delta);
            move.setLong(5, after);
            move.setString(6, reason);
            move.setString(7, REFERENCE);
            move.setLong(8, now);
            move.addBatch();
        }

        private void flush() throws SQLException {
            for (PreparedStatement ps : all) {
                ps.executeBatch();
            }
            pending = 0;
        }

        private long scalar(String sql) throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final List<String> STREETS = List.of("Teheran-ro", "Gangnam-daero", "Sejong-daero", "Haeundae-ro",
            "Nanjing Road", "Main Street", "High Street", "Station Road", "Market Street", "Harbour Road");
    private static final List<String> CITIES = List.of("Seoul", "Busan", "Incheon", "Daegu", "Shanghai", "Hangzhou",
            "Shenzhen", "London", "Manchester", "Toronto");
    private static final List<String> MEMOS = List.of("Gift wrap, no invoice in the parcel", "Call before delivery",
            "Customer asked for a different colour if sold out", "Leave with the building guard", "선물 포장 부탁",
            "배송 전 연락 주세요", "请不要放发票", "Wholesale: invoice by email", "Fragile: double box");
}
