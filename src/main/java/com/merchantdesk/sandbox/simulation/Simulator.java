package com.merchantdesk.sandbox.simulation;

import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A living marketplace for one seller: buyers order online at a set rate (paid, taking platform stock, never
 * below zero), some cancel before their order ships, parcels the seller ships move through the carrier's steps on
 * a compressed clock (one step every {@code ticksPerStep} ticks), and some delivered orders get an after-sale
 * request. Everything goes through {@link Marketplace}, so it all appears in the change feed. One tick a second
 * when started; tests call {@link #tick()} themselves, so they never wait for it. Choices come from a seeded
 * generator.
 */
public final class Simulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Simulator.class.getName());
    /** Changes before the feed's end at the first tick that are looked through for parcels waiting to move. */
    static final int LOOK_BACK = 10_000;

    private final Database db;
    private final Marketplace marketplace;
    private final String sellerCode;
    private final double ordersPerMinute;
    private final int ticksPerStep;
    private final Random random;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Pending> cancellations = new ArrayDeque<>();
    private final Map<String, Parcel> parcels = new LinkedHashMap<>();
    private double due;
    private long tick;
    private long feedSeq;
    private boolean watching;
    private long ordersPlaced;

    public Simulator(Database db, Marketplace marketplace, String sellerCode, double ordersPerMinute, int ticksPerStep, long seed) {
        if (ordersPerMinute < 0 || ticksPerStep < 1) {
            throw new IllegalArgumentException("A simulation needs a rate of 0 or more and at least one tick per step");
        }
        this.db = db;
        this.marketplace = marketplace;
        this.sellerCode = sellerCode;
        this.ordersPerMinute = ordersPerMinute;
        this.ticksPerStep = ticksPerStep;
        this.random = new Random(seed);
    }

    public void start() {
        timer.scheduleAtFixedRate(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The simulation's tick failed", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    public long ordersPlaced() { return ordersPlaced; }

    /** One second of the marketplace's life. */
    public synchronized void tick() {
        tick++;
        due += ordersPerMinute / 60.0;
        while (due >= 1) {
            due -= 1;
            placeOrder();
        }
        cancelDue();
        watchNewParcels();
        advanceParcels();
    }

    private void placeOrder() {
        List<String> inStock = skusInStock(1 + random.nextInt(3));
        if (inStock.isEmpty()) {
            return;
        }
        List<Marketplace.Wanted> wanted = new ArrayList<>();
        for (String skuId : inStock) {
            wanted.add(new Marketplace.Wanted(skuId, 1));
        }
        Buyers.Buyer buyer = Buyers.next(random);
        try {
            Order order = marketplace.placeOnlineOrder(sellerCode, buyer.name(), buyer.address(), wanted);
            ordersPlaced++;
            if (random.nextInt(100) < 8) {
                cancellations.add(new Pending(order.id(), tick + 1 + random.nextInt(5)));
            }
        } catch (IllegalStateException soldOut) {
            // another buyer took the last one in between: no order, as on a real marketplace
        }
    }

    private void cancelDue() {
        for (Iterator<Pending> it = cancellations.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.dueTick <= tick) {
                it.remove();
                try {
                    marketplace.buyerCancels(sellerCode, p.orderId);
                } catch (IllegalStateException alreadyShipped) {
                    // the seller was faster: the buyer keeps the order
                }
            }
        }
    }

    /**
     * Picks up the parcels the seller shipped since the last tick, from the change feed, to its end. The first tick
     * starts {@link #LOOK_BACK} changes before the end: a parcel shipped shortly before the simulation started still
     * moves, and a large account (a million orders of history, whose parcels have their events) is not read through.
     */
    private void watchNewParcels() {
        List<Shipment> fresh = db.read(c -> {
            Seller seller = Sellers.find(c, sellerCode).orElseThrow();
            if (!watching) {
                feedSeq = Math.max(0, Feed.position(c, seller).lastSeq() - LOOK_BACK);
                watching = true;
            }
            List<Shipment> found = new ArrayList<>();
            List<Feed.Entry> entries;
            do {
                entries = Feed.after(c, seller, feedSeq, 1000);
                for (Feed.Entry e : entries) {
                    feedSeq = e.seq();
                    if (e.kind() == ChangeKind.SHIPMENT && !e.deleted() && !parcels.containsKey(e.entityId())) {
                        Records.find(c, seller, ChangeKind.SHIPMENT, e.entityId())
                                .map(r -> Docs.read(r.doc(), Shipment.class))
                                .filter(s -> s.deliveredAt() == null && s.events().isEmpty())
                                .ifPresent(found::add);
                    }
                }
            } while (entries.size() == 1000);
            return found;
        });
        for (Shipment s : fresh) {
            boolean international = s.carrier().equals("EMS") || s.carrier().equals("GLX");
            parcels.put(s.id(), new Parcel(s.id(), s.orderId(), new ArrayDeque<>(ParcelJourney.plan(international, random)), tick));
        }
    }

    private void advanceParcels() {
        for (Iterator<Parcel> it = parcels.values().iterator(); it.hasNext(); ) {
            Parcel p = it.next();
            if ((tick - p.sinceTick) % ticksPerStep != 0 || tick == p.sinceTick) {
                continue;
            }
            TrackingStatus step = p.steps.poll();
            if (step == null) {
                it.remove();
                continue;
            }
            marketplace.carrierReports(sellerCode, p.shipmentId, step, step == TrackingStatus.DELIVERED ? "Doorstep" : "Hub");
            if (step == TrackingStatus.DELIVERED && random.nextInt(100) < 5) {
                openAfterSale(p.orderId);
            }
            if (p.steps.isEmpty()) {
                it.remove();
            }
        }
    }

    private void openAfterSale(String orderId) {
        Optional<Order> order = db.read(c -> com.merchantdesk.sandbox.store.Orders.find(c, Sellers.find(c, sellerCode).orElseThrow(), orderId));
        if (order.isEmpty() || order.get().lines().isEmpty()) {
            return;
        }
        OrderLine line = order.get().lines().get(0);
        Money amount = line.unitPrice();
        boolean returning = random.nextBoolean();
        marketplace.openAfterSale(sellerCode, orderId, returning ? AfterSaleKind.RETURN_AND_REFUND : AfterSaleKind.REFUND_ONLY,
                returning ? "Wrong size" : "Arrived damaged", List.of(new RefundLine(line.id(), 1)), amount);
    }

    /** Up to {@code n} different SKUs with platform stock, chosen by the seeded generator. */
    private List<String> skusInStock(int n) {
        return db.read(c -> {
            Seller seller = Sellers.find(c, sellerCode).orElseThrow();
            int count;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sku WHERE seller_no = ? AND on_hand > 0")) {
                ps.setLong(1, seller.no());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                }
            }
            Map<String, Boolean> chosen = new HashMap<>();
            for (int i = 0; i < n && count > 0; i++) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id FROM sku WHERE seller_no = ? AND on_hand > 0 ORDER BY id LIMIT 1 OFFSET ?")) {
                    ps.setLong(1, seller.no());
                    ps.setInt(2, random.nextInt(count));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            chosen.put(rs.getString(1), true);
                        }
                    }
                }
            }
            return new ArrayList<>(chosen.keySet());
        });
    }

    @Override
    public void close() { timer.shutdownNow(); }

    private record Pending(String orderId, long dueTick) {}

    private record Parcel(String shipmentId, String orderId, Deque<TrackingStatus> steps, long sinceTick) {}
}
