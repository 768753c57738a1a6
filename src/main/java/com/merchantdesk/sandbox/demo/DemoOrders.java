package com.merchantdesk.sandbox.demo;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.demo.DemoOrderHistory;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.AdjustmentReason;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.Refund;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.platform.StatusChange;
import com.merchantdesk.platform.StockAdjustment;
import com.merchantdesk.platform.TrackingEvent;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.simulation.Buyers;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Waybills;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * The demo account's online order history, from the desk's demo generator ({@link DemoOrderHistory}): either the
 * platform orders of the very year the desk's {@code demo} plans (the same seed, SKUs, time and zone give the same
 * orders, numbers {@code P-2026-0000001} and times), or exactly N online orders over the year for a large account
 * ({@code sandbox --demo --orders N}). Shipped orders get their parcel with the carrier's tracking events (none
 * after now, in time order, delivered at the planned delivery), refunds come with the buyer's accepted after-sale
 * request, a few recent deliveries have a request still waiting for the seller, and buyer cancellations are in the
 * orders' histories.
 *
 * <p>Written with batched inserts, {@link #CHUNK} orders per transaction, each record's feed row in the same
 * transaction as the record (seq order is the history's time order, an order before its parcel and refund).
 *
 * <p>The platform's stock is what the platform itself would have made of these orders (as {@code OrderApi},
 * {@code RefundApi} and the marketplace move it): each order's lines took their units when it was placed, a
 * cancellation gave back what was not refunded, a restocked refund its units. The level today stays as the
 * catalogue seeded it (the stock the seller sees, after the year), so the opening stock is derived: the seeded
 * {@code received} adjustment of each SKU on sale becomes one of today's level plus the units the year took net,
 * dated an hour before the first order (a new one for a SKU seeded without stock that the orders moved), and the
 * SKU's stock version counts that opening and every movement. Counting costs nothing per order (arrays by SKU); the
 * openings and stock levels go last, in one more transaction, with their feed rows (they depend on the whole year, so
 * they come after its orders in seq order, though dated before them). A desk syncing the account then ends with each
 * SKU's stock equal to the platform's and to the sum of its movements ({@code SeededHistorySyncTest}).
 */
public final class DemoOrders {

    /** Orders per transaction: a few MB of WAL each, and a run stopped midway keeps whole chunks. */
    public static final int CHUNK = 10_000;
    private static final int BATCH = 500;
    /** Parcels, addresses and waiting requests draw from their own generator: the order plan stays the desk's. */
    private static final long PARCEL_SEED = DemoOrderHistory.SEED + 11;
    /** The opening stock is counted this long before the first order. */
    private static final Duration OPENING_BEFORE_FIRST_ORDER = Duration.ofHours(1);
    private static final List<CarrierDefinition> DOMESTIC = List.of(DemoCarriers.HANA, DemoCarriers.HANA, DemoCarriers.HANA,
            DemoCarriers.SWIFT, DemoCarriers.SWIFT, DemoCarriers.POST);
    private static final List<CarrierDefinition> ABROAD = List.of(DemoCarriers.EMS, DemoCarriers.EMS, DemoCarriers.GLOBEX);

    /** What a history run wrote. */
    public record Written(long orders, long lines, long shipments, long trackingEvents, long refunds, long afterSales,
                          long feedEntries, Duration elapsed) {
        public double ordersPerSecond() { return orders / Math.max(1e-9, elapsed.toNanos() / 1e9); }
    }

    private final Database db;
    private final String sellerCode;
    private final List<DemoAccount.OnSale> skus;
    private final Instant now;
    private final LongConsumer progress;
    private final Random random = new Random(PARCEL_SEED);
    private final Map<String, Integer> yearNumbers = new HashMap<>();
    private final List<Planned> pending = new ArrayList<>(CHUNK);
    /** By SKU index: the units the history took net, its stock movements, and the time of its latest one (epoch ms). */
    private final long[] netTaken;
    private final int[] movements;
    private final long[] lastMoved;
    private Instant firstOrder;
    private long orders;
    private long lines;
    private long shipments;
    private long events;
    private long refunds;
    private long afterSales;
    private long feedEntries;

    private record Planned(DemoOrderHistory.Order order, DemoOrderHistory.Customer customer) {}

    private DemoOrders(Database db, String sellerCode, List<DemoAccount.OnSale> skus, Instant now, LongConsumer progress) {
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("The demo account has no active SKUs to sell");
        }
        this.db = db;
        this.sellerCode = sellerCode;
        this.skus = List.copyOf(skus);
        this.now = now;
        this.progress = progress;
        this.netTaken = new long[skus.size()];
        this.movements = new int[skus.size()];
        this.lastMoved = new long[skus.size()];
    }

    /** The platform orders of the desk demo's year (about half of its ~2,000 orders). */
    public static Written writeYear(Database db, String sellerCode, List<DemoAccount.OnSale> skus, Instant now, ZoneId zone,
                                    LongConsumer progress) {
        DemoOrders writer = new DemoOrders(db, sellerCode, skus, now, progress);
        long started = System.nanoTime();
        DemoOrderHistory.Plan plan = DemoOrderHistory.plan(DemoOrderHistory.SEED, writer.planSkus(), now, zone);
        for (DemoOrderHistory.Order o : plan.orders()) {
            if (o.channel() == Channel.PLATFORM) {
                writer.add(o, o.customer() < 0 ? null : plan.customers().get(o.customer()));
            }
        }
        writer.flush();
        writer.writeOpeningStock();
        return writer.written(started);
    }

    /** Exactly {@code count} online orders over the year before today, with the demo year's patterns. */
    public static Written writeMany(Database db, String sellerCode, List<DemoAccount.OnSale> skus, Instant now, ZoneId zone,
                                    long count, LongConsumer progress) {
        DemoOrders writer = new DemoOrders(db, sellerCode, skus, now, progress);
        long started = System.nanoTime();
        DemoOrderHistory.stream(DemoOrderHistory.SEED, writer.planSkus(), now, zone, Channel.PLATFORM, count, writer::add);
        writer.flush();
        writer.writeOpeningStock();
        return writer.written(started);
    }

    private List<DemoOrderHistory.Sku> planSkus() {
        return skus.stream().map(s -> new DemoOrderHistory.Sku(s.code(), s.price().amountMinor())).toList();
    }

    private Written written(long started) {
        return new Written(orders, lines, shipments, events, refunds, afterSales, feedEntries,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void add(DemoOrderHistory.Order order, DemoOrderHistory.Customer customer) {
        if (firstOrder == null || order.createdAt().isBefore(firstOrder)) {
            firstOrder = order.createdAt();
        }
        pending.add(new Planned(order, customer));
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** A stock movement of the SKU at {@code sku} (its index in the SKUs on sale): {@code taken} units out (negative: back). */
    private void moved(int sku, long taken, Instant at) {
        netTaken[sku] += taken;
        movements[sku]++;
        lastMoved[sku] = Math.max(lastMoved[sku], at.toEpochMilli());
    }

    /**
     * Each SKU on sale's opening stock, today's level plus what the history took net, as its seeded {@code received}
     * adjustment dated {@link #OPENING_BEFORE_FIRST_ORDER} before the first order (replaced by id, or new for a SKU the
     * catalogue has no stock of but the orders moved), and its stock version and feed row as the opening and the
     * movements would have left them; the level itself is not touched.
     */
    private void writeOpeningStock() {
        if (firstOrder == null) {
            return;
        }
        Instant openedAt = firstOrder.minus(OPENING_BEFORE_FIRST_ORDER);
        db.write(c -> {
            Seller seller = Sellers.find(c, sellerCode).orElseThrow(() -> new IllegalStateException("No seller " + sellerCode));
            Map<String, Long> levels = levels(c, seller);
            try (PreparedStatement adjustment = c.prepareStatement("INSERT INTO record(seller_no, kind, id, parent_id, version, "
                    + "field_versions, doc, created_at) VALUES (?,?,?,?,1,'{}',?,?) ON CONFLICT(seller_no, kind, id) DO UPDATE SET "
                    + "doc = excluded.doc, created_at = excluded.created_at");
                 PreparedStatement version = c.prepareStatement("UPDATE sku SET stock_version = ? WHERE seller_no = ? AND id = ?");
                 // As Feed.record: the record's older row goes, its newest change gets the next seq.
                 PreparedStatement change = c.prepareStatement("INSERT OR REPLACE INTO change(seller_no, kind, entity_id, deleted, "
                         + "changed_at) VALUES (?,?,?,0,?)")) {
                for (int i = 0; i < skus.size(); i++) {
                    DemoAccount.OnSale sku = skus.get(i);
                    if (movements[i] == 0 && sku.openingId() == null) {
                        continue;
                    }
                    Long level = levels.get(sku.id());
                    if (level == null) {
                        throw new IllegalStateException("No SKU " + sku.code() + " in the account " + sellerCode);
                    }
                    long opening = level + netTaken[i];
                    long stockVersion = movements[i];
                    if (opening != 0) {
                        String id = sku.openingId() != null ? sku.openingId() : Ids.newIdString();
                        StockAdjustment received = new StockAdjustment(id, sku.id(), opening, AdjustmentReason.RECEIVED,
                                DemoAccount.OPENING_NOTE, null, openedAt, opening);
                        adjustment.setLong(1, seller.no());
                        adjustment.setString(2, ChangeKind.STOCK_ADJUSTMENT.wire());
                        adjustment.setString(3, id);
                        adjustment.setString(4, sku.id());
                        adjustment.setString(5, Docs.write(received));
                        adjustment.setLong(6, openedAt.toEpochMilli());
                        adjustment.addBatch();
                        feedRow(change, seller, ChangeKind.STOCK_ADJUSTMENT, id, openedAt.toEpochMilli());
                        stockVersion++;
                    } else if (sku.openingId() != null) {
                        Records.delete(c, seller, ChangeKind.STOCK_ADJUSTMENT, sku.openingId(), openedAt);
                    }
                    version.setLong(1, stockVersion);
                    version.setLong(2, seller.no());
                    version.setString(3, sku.id());
                    version.addBatch();
                    feedRow(change, seller, ChangeKind.STOCK, sku.id(), movements[i] == 0 ? openedAt.toEpochMilli() : lastMoved[i]);
                }
                adjustment.executeBatch();
                version.executeBatch();
                change.executeBatch();
            }
            return null;
        });
    }

    private static void feedRow(PreparedStatement change, Seller seller, ChangeKind kind, String id, long at) throws SQLException {
        change.setLong(1, seller.no());
        change.setString(2, kind.wire());
        change.setString(3, id);
        change.setLong(4, at);
        change.addBatch();
    }

    /** Every SKU's platform stock level, by id. */
    private static Map<String, Long> levels(Connection c, Seller seller) throws SQLException {
        Map<String, Long> levels = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, on_hand FROM sku WHERE seller_no = ?")) {
            ps.setLong(1, seller.no());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    levels.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return levels;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        db.write(c -> {
            new Chunk(c, Sellers.find(c, sellerCode).orElseThrow(() -> new IllegalStateException("No seller " + sellerCode)))
                    .write(pending);
            return null;
        });
        pending.clear();
        progress.accept(orders);
    }

    /** One transaction's statements. */
    private final class Chunk {
        private final Connection c;
        private final Seller seller;
        private final Map<String, Long> nextSerial = new HashMap<>();
        private final Map<String, Long> usedSerials = new HashMap<>();
        private PreparedStatement orderRow;
        private PreparedStatement recordRow;
        private PreparedStatement changeRow;
        private PreparedStatement trackingRow;
        private int batched;

        Chunk(Connection c, Seller seller) {
            this.c = c;
            this.seller = seller;
        }

        void write(List<Planned> planned) throws SQLException {
            try (PreparedStatement o = c.prepareStatement("INSERT INTO orders(seller_no, id, number, channel, status, open, "
                    + "created_at, version, doc) VALUES (?,?,?,?,?,?,?,?,?)");
                 PreparedStatement r = c.prepareStatement("INSERT INTO record(seller_no, kind, id, parent_id, version, "
                         + "field_versions, doc, created_at) VALUES (?,?,?,?,?,'{}',?,?)");
                 PreparedStatement ch = c.prepareStatement("INSERT INTO change(seller_no, kind, entity_id, deleted, changed_at) "
                         + "VALUES (?,?,?,0,?)");
                 PreparedStatement t = c.prepareStatement("INSERT INTO tracking_number(seller_no, carrier, number, shipment_id) "
                         + "VALUES (?,?,?,?)")) {
                orderRow = o;
                recordRow = r;
                changeRow = ch;
                trackingRow = t;
                for (Planned p : planned) {
                    writeOrder(p.order(), p.customer());
                    if (++batched >= BATCH) {
                        executeBatches();
                    }
                }
                executeBatches();
            }
            for (Map.Entry<String, Long> used : usedSerials.entrySet()) {
                Waybills.reserve(c, seller, used.getKey(), used.getValue().intValue());
            }
        }

        private void executeBatches() throws SQLException {
            // Parents first: an order's row before the feed rows that name it (no foreign keys, but the same order).
            orderRow.executeBatch();
            recordRow.executeBatch();
            trackingRow.executeBatch();
            changeRow.executeBatch();
            batched = 0;
        }

        private void writeOrder(DemoOrderHistory.Order plan, DemoOrderHistory.Customer customer) throws SQLException {
            String currency = skus.get(0).price().currency();
            String orderId = Ids.newIdString();
            String buyer = customer == null ? "Guest" : customer.name();
            Address shipTo = Buyers.addressOf(buyer, new Random(customer == null ? 0 : customer.phone().hashCode()));
            List<OrderLine> orderLines = lines(plan, currency);
            long goods = orderLines.stream().mapToLong(l -> l.unitPrice().amountMinor() * l.quantity() - l.discount().amountMinor()).sum();
            Money total = new Money(currency, goods + plan.shippingFeeMinor());
            List<StatusChange> history = new ArrayList<>();
            PaymentState payment = plan.paidAt() == null ? PaymentState.UNPAID : PaymentState.PAID;
            PlatformOrderStatus status;
            if (plan.paidAt() == null) {
                history.add(new StatusChange(PlatformOrderStatus.PENDING_PAYMENT, plan.createdAt(), Actor.BUYER, null));
                status = PlatformOrderStatus.PENDING_PAYMENT;
            } else {
                history.add(new StatusChange(PlatformOrderStatus.PAID, plan.paidAt(), Actor.BUYER, null));
                status = PlatformOrderStatus.PAID;
            }
            status = step(history, status, PlatformOrderStatus.PACKED, plan.packedAt(), Actor.DESK);
            status = step(history, status, PlatformOrderStatus.SHIPPED, plan.shippedAt(), Actor.DESK);
            status = step(history, status, PlatformOrderStatus.DELIVERED, plan.deliveredAt(), Actor.PLATFORM);
            status = step(history, status, PlatformOrderStatus.CANCELLED, plan.cancelledAt(), Actor.BUYER);

            Shipment parcel = plan.shippedAt() == null ? null : parcel(orderId, orderLines, shipTo, plan);
            List<Refund> refundsMade = new ArrayList<>();
            List<AfterSale> requests = new ArrayList<>();
            long refunded = 0;
            for (DemoOrderHistory.Refund r : plan.refunds()) {
                long amount = Math.min(r.amountMinor(), total.amountMinor() - refunded);
                if (amount <= 0) {
                    continue;
                }
                List<RefundLine> back = new ArrayList<>();
                for (long[] units : r.unitsByLine()) {
                    int index = (int) units[0];
                    OrderLine line = orderLines.get(index);
                    orderLines.set(index, new OrderLine(line.id(), line.skuId(), line.skuCode(), line.title(), line.unitPrice(),
                            line.quantity(), line.discount(), line.refundedQuantity() + units[1]));
                    back.add(new RefundLine(line.id(), units[1]));
                    if (r.restock()) {
                        moved(plan.lines().get(index).sku(), -units[1], r.at());
                    }
                }
                refunded += amount;
                String refundId = Ids.newIdString();
                String requestId = Ids.newIdString();
                Instant opened = later(plan.deliveredAt(), r.at().minus(Duration.ofHours(2 + random.nextInt(46))));
                requests.add(new AfterSale(requestId, orderId, r.restock() ? AfterSaleKind.RETURN_AND_REFUND : AfterSaleKind.REFUND_ONLY,
                        AfterSaleState.ACCEPTED, r.reason(), back, new Money(currency, amount), opened, r.at(), null, refundId, 2));
                refundsMade.add(new Refund(refundId, orderId, back, new Money(currency, amount), r.restock(), r.reason(), requestId,
                        null, r.at()));
                PlatformOrderStatus to = refunded >= total.amountMinor() ? PlatformOrderStatus.REFUNDED : PlatformOrderStatus.PARTIALLY_REFUNDED;
                history.add(new StatusChange(to, r.at(), Actor.DESK, null));
                status = to;
                payment = to == PlatformOrderStatus.REFUNDED ? PaymentState.REFUNDED : PaymentState.PARTIALLY_REFUNDED;
            }
            if (refundsMade.isEmpty() && plan.deliveredAt() != null && Duration.between(plan.deliveredAt(), now).toDays() < 10
                    && random.nextInt(100) < 5) {
                waitingRequest(orderId, orderLines.get(0), plan.deliveredAt()).ifPresent(requests::add);
            }
            for (int i = 0; i < plan.lines().size(); i++) {
                moved(plan.lines().get(i).sku(), plan.lines().get(i).quantity(), plan.createdAt());
            }
            if (status == PlatformOrderStatus.CANCELLED) {
                for (int i = 0; i < plan.lines().size(); i++) {
                    long units = orderLines.get(i).quantity() - orderLines.get(i).refundedQuantity();
                    if (units > 0) {
                        moved(plan.lines().get(i).sku(), -units, plan.cancelledAt());
                    }
                }
            }
            Instant updated = history.get(history.size() - 1).at();
            Order order = new Order(orderId, number(plan.createdAt()), null, null, PlatformChannel.PLATFORM, status, payment,
                    PaymentMethod.PLATFORM, null, buyer, customer == null ? null : customer.phone(), null, shipTo, orderLines,
                    currency, new Money(currency, plan.shippingFeeMinor()), Money.zero(currency), total,
                    new Money(currency, refunded), false, null, plan.createdAt(), plan.paidAt(), updated, history.size(), history);
            putOrder(order);
            if (parcel != null) {
                putRecord(ChangeKind.SHIPMENT, parcel.id(), orderId, parcel.version(), Docs.write(parcel), parcel.shippedAt(),
                        parcel.events().isEmpty() ? parcel.shippedAt() : parcel.events().get(parcel.events().size() - 1).at());
                trackingRow.setLong(1, seller.no());
                trackingRow.setString(2, parcel.carrier());
                trackingRow.setString(3, parcel.trackingNumber());
                trackingRow.setString(4, parcel.id());
                trackingRow.addBatch();
                shipments++;
                events += parcel.events().size();
            }
            for (AfterSale a : requests) {
                putRecord(ChangeKind.AFTER_SALE, a.id(), orderId, a.version(), Docs.write(a), a.openedAt(),
                        a.answeredAt() == null ? a.openedAt() : a.answeredAt());
                afterSales++;
            }
            for (Refund refund : refundsMade) {
                putRecord(ChangeKind.REFUND, refund.id(), orderId, 1, Docs.write(refund), refund.createdAt(), refund.createdAt());
                refunds++;
            }
            orders++;
            lines += orderLines.size();
        }

        /** The plan's lines as the platform's, the order's discount spread over them (the platform has line discounts only). */
        private List<OrderLine> lines(DemoOrderHistory.Order plan, String currency) {
            long subtotal = 0;
            for (DemoOrderHistory.Line l : plan.lines()) {
                subtotal += l.unitPriceMinor() * l.quantity() - l.discountMinor();
            }
            List<OrderLine> result = new ArrayList<>();
            long spread = 0;
            for (int i = 0; i < plan.lines().size(); i++) {
                DemoOrderHistory.Line l = plan.lines().get(i);
                long net = l.unitPriceMinor() * l.quantity() - l.discountMinor();
                long share = subtotal == 0 ? 0 : i == plan.lines().size() - 1 ? plan.orderDiscountMinor() - spread
                        : plan.orderDiscountMinor() * net / subtotal;
                spread += share;
                DemoAccount.OnSale sku = skus.get(l.sku());
                result.add(new OrderLine(Ids.newIdString(), sku.id(), sku.code(), sku.title(), new Money(currency, l.unitPriceMinor()),
                        l.quantity(), new Money(currency, l.discountMinor() + share), 0));
            }
            return result;
        }

        private static PlatformOrderStatus step(List<StatusChange> history, PlatformOrderStatus status, PlatformOrderStatus to,
                                                Instant at, Actor actor) {
            if (at == null) {
                return status;
            }
            history.add(new StatusChange(to, at, actor, null));
            return to;
        }

        /**
         * The order's one parcel with the carrier's events up to now: picked up, in transit, customs for one going
         * abroad, a delay on a slow journey, out for delivery and delivered at the planned delivery.
         */
        private Shipment parcel(String orderId, List<OrderLine> orderLines, Address shipTo, DemoOrderHistory.Order plan) {
            boolean abroad = Buyers.international(shipTo);
            CarrierDefinition carrier = (abroad ? ABROAD : DOMESTIC).get(random.nextInt(abroad ? ABROAD.size() : DOMESTIC.size()));
            Instant shipped = plan.shippedAt();
            Instant delivered = plan.deliveredAt();
            Duration transit = delivered != null ? Duration.between(shipped, delivered) : Duration.ofHours(20 + random.nextInt(72));
            Instant arrives = shipped.plus(transit);
            List<TrackingEvent> steps = new ArrayList<>();
            String hub = "KR".equals(shipTo.country()) ? "Hub" : "International hub";
            addEvent(steps, TrackingStatus.PICKED_UP, shipped.plus(Duration.ofMinutes(30 + random.nextInt(60))), "Seller");
            addEvent(steps, TrackingStatus.IN_TRANSIT, shipped.plus(Duration.ofMinutes(180 + random.nextInt(180))), hub);
            if (abroad) {
                addEvent(steps, TrackingStatus.CUSTOMS, shipped.plus(transit.multipliedBy(45).dividedBy(100)), shipTo.city());
            }
            if (transit.toHours() > 72) {
                addEvent(steps, TrackingStatus.DELAYED, shipped.plus(transit.multipliedBy(60).dividedBy(100)), hub);
                addEvent(steps, TrackingStatus.IN_TRANSIT, shipped.plus(transit.multipliedBy(70).dividedBy(100)), hub);
            }
            addEvent(steps, TrackingStatus.OUT_FOR_DELIVERY, arrives.minus(Duration.ofMinutes(60 + random.nextInt(240))), shipTo.city());
            if (delivered != null) {
                addEvent(steps, TrackingStatus.DELIVERED, delivered, "Doorstep");
            }
            String serialKey = carrier.code();
            long serial = nextSerial.computeIfAbsent(serialKey, k -> reserveNone(k));
            nextSerial.put(serialKey, serial + 1);
            usedSerials.merge(serialKey, 1L, Long::sum);
            List<RefundLine> all = orderLines.stream().map(l -> new RefundLine(l.id(), l.quantity())).toList();
            return new Shipment(Ids.newIdString(), orderId, carrier.code(), carrier.services().get(0).code(),
                    carrier.trackingNumberFor(serial), all, null, shipped, delivered, steps, 1 + steps.size());
        }

        private void addEvent(List<TrackingEvent> steps, TrackingStatus status, Instant at, String place) {
            if (!at.isAfter(now)) {
                steps.add(new TrackingEvent(Ids.newIdString(), status, at, place, status.wire().replace('_', ' '), "carrier"));
            }
        }

        /** The next serial of the seller's account with {@code carrier}, reserving none (the chunk reserves what it used). */
        private long reserveNone(String carrier) {
            try {
                return Waybills.reserve(c, seller, carrier, 0);
            } catch (SQLException e) {
                throw new com.merchantdesk.store.StoreException("Cannot read the waybill serials: " + e.getMessage(), e);
            }
        }

        /** A buyer's request on a recent delivery, waiting for the seller's answer (if it was opened by now). */
        private java.util.Optional<AfterSale> waitingRequest(String orderId, OrderLine line, Instant delivered) {
            Instant opened = delivered.plus(Duration.ofHours(1 + random.nextInt(48)));
            if (opened.isAfter(now)) {
                return java.util.Optional.empty();
            }
            boolean returning = random.nextBoolean();
            long unit = (line.unitPrice().amountMinor() * line.quantity() - line.discount().amountMinor()) / line.quantity();
            return java.util.Optional.of(new AfterSale(Ids.newIdString(), orderId,
                    returning ? AfterSaleKind.RETURN_AND_REFUND : AfterSaleKind.REFUND_ONLY, AfterSaleState.OPEN,
                    returning ? "Wrong size" : "Arrived damaged", List.of(new RefundLine(line.id(), 1)),
                    new Money(line.unitPrice().currency(), unit), opened, null, null, null, 1));
        }

        private void putOrder(Order order) throws SQLException {
            orderRow.setLong(1, seller.no());
            orderRow.setString(2, order.id());
            orderRow.setString(3, order.number());
            orderRow.setString(4, order.channel().wire());
            orderRow.setString(5, order.status().wire());
            orderRow.setInt(6, Orders.CLOSED.contains(order.status()) ? 0 : 1);
            orderRow.setLong(7, order.placedAt().toEpochMilli());
            orderRow.setLong(8, order.version());
            orderRow.setString(9, Docs.write(order));
            orderRow.addBatch();
            change(ChangeKind.ORDER, order.id(), order.updatedAt());
        }

        private void putRecord(ChangeKind kind, String id, String parentId, long version, String doc, Instant created,
                               Instant changed) throws SQLException {
            recordRow.setLong(1, seller.no());
            recordRow.setString(2, kind.wire());
            recordRow.setString(3, id);
            recordRow.setString(4, parentId);
            recordRow.setLong(5, version);
            recordRow.setString(6, doc);
            recordRow.setLong(7, created.toEpochMilli());
            recordRow.addBatch();
            change(kind, id, changed);
        }

        private void change(ChangeKind kind, String id, Instant at) throws SQLException {
            changeRow.setLong(1, seller.no());
            changeRow.setString(2, kind.wire());
            changeRow.setString(3, id);
            changeRow.setLong(4, at.toEpochMilli());
            changeRow.addBatch();
            feedEntries++;
        }
    }

    /** The platform's numbers, as the desk's demo gives its platform orders: P-2026-0000001, one sequence per year. */
    private String number(Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        int next = yearNumbers.merge(Integer.toString(year), 1, Integer::sum);
        return String.format(Locale.ROOT, "P-%d-%07d", year, next);
    }

    private static Instant later(Instant a, Instant b) { return a.isAfter(b) ? a : b; }
}
