package com.merchantdesk.bench;

import com.merchantdesk.shipping.ShipmentQuery;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.store.Database;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The "To ship" cockpit and the shipments list on the full data set (issue 15). The brief's case is 10,000 open
 * orders among 1,000,000: generated data has about 2,000 open, so {@link #openOrders} first takes the newest
 * shipped and delivered orders with an address back to paid (their parcels and events removed) until 10,000 are
 * open; it does so on the bench's own folder, after the disk sizes were taken. Each kind: warm-up, then timed
 * runs, {@code System.nanoTime} around the service call (JDBC, SQLite and row mapping included).
 */
public final class ToShipBench {

    public static final int OPEN_ORDERS = 10_000;
    public static final int PAGE_SIZE = 100;
    public static final double PAGE_P95_BUDGET_MS = 50;

    private final ShippingService shipping;
    private final Clock clock;

    public ToShipBench(ShippingService shipping, Clock clock) {
        this.shipping = shipping;
        this.clock = clock;
    }

    /** Makes {@code target} orders open (paid, with an address); returns how many were reopened. */
    public static int openOrders(Database db, int target) {
        return db.write(c -> {
            try (Statement st = c.createStatement()) {
                long open;
                try (var rs = st.executeQuery("SELECT count(*) FROM orders WHERE status IN (1, 2) AND shipping_address <> '{}'")) {
                    rs.next();
                    open = rs.getLong(1);
                }
                int missing = (int) Math.max(0, target - open);
                if (missing == 0) {
                    return 0;
                }
                st.execute("CREATE TEMP TABLE reopened AS SELECT order_no FROM orders WHERE status IN (3, 4) "
                        + "AND shipping_address <> '{}' AND paid_at IS NOT NULL ORDER BY order_no DESC LIMIT " + missing);
                st.executeUpdate("DELETE FROM tracking_event WHERE shipment_no IN (SELECT shipment_no FROM shipment "
                        + "WHERE order_no IN (SELECT order_no FROM reopened))");
                st.executeUpdate("DELETE FROM shipment WHERE order_no IN (SELECT order_no FROM reopened)");
                int reopened = st.executeUpdate("UPDATE orders SET status = 1 WHERE order_no IN (SELECT order_no FROM reopened)");
                st.execute("DROP TABLE reopened");
                return reopened;
            }
        });
    }

    public List<OrdersBench.Kind> run(int warmup, int rounds, long seed) {
        Instant now = clock.instant();
        List<OrdersBench.Kind> kinds = new ArrayList<>();
        long open = shipping.toShipCounts(now).open();
        kinds.add(new OrdersBench.Kind(time(String.format("to ship: first page (%,d open orders)", open), warmup, rounds,
                () -> shipping.toShip(new ToShipQuery(ToShipQuery.Filter.ALL, clock.instant(), 0, PAGE_SIZE))), PAGE_P95_BUDGET_MS));
        kinds.add(new OrdersBench.Kind(time("to ship: late only, first page", warmup, rounds,
                () -> shipping.toShip(new ToShipQuery(ToShipQuery.Filter.LATE, clock.instant(), 0, PAGE_SIZE))), PAGE_P95_BUDGET_MS));
        kinds.add(new OrdersBench.Kind(time("to ship: at risk only, first page", warmup, rounds,
                () -> shipping.toShip(new ToShipQuery(ToShipQuery.Filter.AT_RISK, clock.instant(), 0, PAGE_SIZE))), PAGE_P95_BUDGET_MS));
        kinds.add(new OrdersBench.Kind(time("to ship: page 20 (information)", warmup, rounds,
                () -> shipping.toShip(new ToShipQuery(ToShipQuery.Filter.ALL, clock.instant(), 19 * PAGE_SIZE, PAGE_SIZE))), 0));
        kinds.add(new OrdersBench.Kind(time("to ship: status-bar counts (information)", warmup, rounds,
                () -> shipping.toShipCounts(clock.instant())), 0));
        kinds.add(new OrdersBench.Kind(time("shipments: first page (information)", warmup, rounds,
                () -> shipping.search(ShipmentQuery.all(clock.instant(), 0, PAGE_SIZE))), 0));
        kinds.add(new OrdersBench.Kind(time("shipments: in transit (information)", warmup, rounds,
                () -> shipping.search(new ShipmentQuery("", Set.of(TrackingStatus.IN_TRANSIT), "", false, false, null, null,
                        clock.instant(), 0, PAGE_SIZE))), 0));
        List<String> numbers = shipping.search(ShipmentQuery.all(now, 0, 500)).items().stream()
                .map(s -> s.trackingNumber()).toList();
        Random random = new Random(seed);
        if (!numbers.isEmpty()) {
            kinds.add(new OrdersBench.Kind(time("shipments: by tracking number (information)", warmup, rounds,
                    () -> shipping.search(new ShipmentQuery(numbers.get(random.nextInt(numbers.size())), Set.of(), "", false,
                            false, null, null, clock.instant(), 0, PAGE_SIZE))), 0));
        }
        return kinds.stream().filter(Objects::nonNull).toList();
    }

    private static Stats time(String name, int warmup, int rounds, Supplier<?> work) {
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
}
