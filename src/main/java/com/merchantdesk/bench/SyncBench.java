package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.customers.Address;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.client.PlatformEndpoint;
import com.merchantdesk.sync.SyncEngine;
import com.merchantdesk.sync.SyncListener;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.sync.SyncSetup;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/**
 * Issue 13's scale budgets on loopback: a large account's first sync (open orders and the last 90 days: the desk is
 * usable), its older history against the desk's own {@code generate} of as many orders in the same run, an
 * incremental sync with nothing new, and 10,000 offline orders pushed.
 */
public final class SyncBench {

    public static final double USABLE_SECONDS_BUDGET = 60;
    public static final double HISTORY_RATE_RATIO_BUDGET = 0.5;
    public static final double NOTHING_NEW_MS_BUDGET = 50;
    public static final double PUSH_SECONDS_BUDGET = 60;
    public static final int OFFLINE_ORDERS = 10_000;
    static final int NOTHING_NEW_RUNS = 30;

    public record Result(int orders, double generateOrdersPerSecond, double usableSeconds, long usableOrders,
                         double historySeconds, long historyOrders, Stats nothingNew, int offlineOrders, double pushSeconds,
                         String usableOutcome, String historyOutcome, String pushOutcome) {
        public double historyOrdersPerSecond() { return historyOrders / historySeconds; }
    }

    private final Path folder;
    private final long seed;
    private final Consumer<String> progress;

    public SyncBench(Path folder, long seed, Consumer<String> progress) {
        this.folder = folder;
        this.seed = seed;
        this.progress = progress;
    }

    public Result run(int orders) {
        Currency currency = Money.currency(Settings.defaults().currency());
        Clock clock = Clock.systemUTC();
        double generateRate = GenerateBaseline.ordersPerSecond(folder.resolve("generate"), orders, seed, currency, clock,
                progress);
        try (BenchPlatform platform = BenchPlatform.seed(folder.resolve("platform"), orders, currency, clock, progress);
             SandboxServer server = platform.serve();
             AppContext desk = AppContext.open(new DataDirectory(folder.resolve("desk")), clock)) {
            PlatformEndpoint endpoint = new PlatformEndpoint(server.baseUri(),
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), () -> BenchPlatform.TOKEN);
            SyncEngine engine = SyncSetup.engine(desk.database(), desk.dataDirectory().root(), endpoint, clock, "Bench desk");
            SyncListener quiet = SyncListener.NONE;

            long t0 = System.nanoTime();
            SyncReport usable = engine.run(new SyncEngine.Options(Duration.ofMinutes(30), false, () -> false, quiet));
            double usableSeconds = (System.nanoTime() - t0) / 1e9;
            long usableOrders = count(desk, "SELECT count(*) FROM orders");
            say("  first sync, usable (open orders and the last 90 days): %.1f s, %,d orders, %s", usableSeconds, usableOrders,
                    usable.outcome());

            t0 = System.nanoTime();
            SyncReport history = engine.run(new SyncEngine.Options(Duration.ofMinutes(60), true, () -> false, quiet));
            double historySeconds = (System.nanoTime() - t0) / 1e9;
            long historyOrders = count(desk, "SELECT count(*) FROM orders") - usableOrders;
            say("  history: %,d more orders in %.1f s: %,.0f orders/s (generate: %,.0f orders/s), %s", historyOrders, historySeconds,
                    historyOrders / historySeconds, generateRate, history.outcome());

            List<Double> nothingNew = new ArrayList<>();
            for (int i = 0; i < NOTHING_NEW_RUNS + 5; i++) {
                long s = System.nanoTime();
                engine.run(new SyncEngine.Options(Duration.ofMinutes(1), true, () -> false, quiet));
                if (i >= 5) {
                    nothingNew.add((System.nanoTime() - s) / 1e6);
                }
            }
            Stats nothing = Stats.of("sync with nothing new", nothingNew);
            say("  %s", nothing.line());

            int offline = Math.min(OFFLINE_ORDERS, Math.max(100, orders));
            offlineOrders(desk, currency, offline);
            t0 = System.nanoTime();
            SyncReport pushed = engine.run(new SyncEngine.Options(Duration.ofMinutes(30), true, () -> false, quiet));
            double pushSeconds = (System.nanoTime() - t0) / 1e9;
            say("  %,d offline orders pushed in %.1f s (%d changes sent), %s", offline, pushSeconds, pushed.pushed(),
                    pushed.outcome());
            return new Result(orders, generateRate, usableSeconds, usableOrders, historySeconds, historyOrders, nothing,
                    offline, pushSeconds, outcome(usable), outcome(history), outcome(pushed));
        }
    }

    private static String outcome(SyncReport r) {
        return r.outcome() == SyncOutcome.CONVERGED ? "converged" : r.outcome() + ": " + r.message();
    }

    /** Orders taken at the desk with no network: paid phone orders of the synced catalogue's SKUs. */
    private void offlineOrders(AppContext desk, Currency currency, int count) {
        List<String> skus = new ArrayList<>();
        desk.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM sku ORDER BY sku_no LIMIT 50")) {
                while (rs.next()) {
                    skus.add(rs.getString(1));
                }
            }
            return null;
        });
        say("  taking %,d orders at the desk", count);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < count; i++) {
            String sku = skus.get(random.nextInt(skus.size()));
            OrderDraft draft = new OrderDraft(currency, Channel.PHONE, null, null, Address.EMPTY,
                    List.of(new OrderDraft.LineDraft(sku, String.valueOf(1 + random.nextInt(3)), "", "")),
                    "", "", "", PaymentMethod.CASH, true, "", MemoFlag.NONE, true);
            desk.orders().create(draft);
        }
    }

    private static long count(AppContext app, String sql) {
        return app.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void say(String format, Object... args) {
        progress.accept(String.format(java.util.Locale.ROOT, format, args));
    }
}
