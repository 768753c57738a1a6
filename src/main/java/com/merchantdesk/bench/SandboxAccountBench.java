package com.merchantdesk.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.demo.SyntheticOrders;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.simulation.Simulator;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Issue 11's scale figures, all in one run on one machine:
 * <ol>
 * <li>the desk's {@code generate --orders N} ({@link SyntheticOrders}) on the demo catalogue in a fresh desk folder,
 * and {@code sandbox --demo --orders N} ({@link DemoOrders}) in a fresh sandbox folder: both insert rates;</li>
 * <li>a client paging the large account's whole change feed ({@code GET /v1/changes}, pages of
 * {@link #FEED_PAGE}, each answer parsed), in orders with their lines per second, beside the insert rate;</li>
 * <li>the simulation at {@link #SIMULATED_PER_MINUTE} online orders a minute for {@code simulationSeconds}, one tick
 * a second as the server runs it, while a client pages the feed over and over: whether each tick's work fits in its
 * second and the orders due were placed.</li>
 * </ol>
 */
public final class SandboxAccountBench {

    public static final double FEED_ORDERS_PER_SECOND_BUDGET = 20_000;
    /** "Close to the rate of the desk's generate": at least four fifths of it. */
    public static final double SEED_RATE_RATIO_BUDGET = 0.8;
    public static final int SIMULATED_PER_MINUTE = 600;
    static final int FEED_PAGE = 5_000;
    private static final String SELLER = "demo";
    private static final String TOKEN = "bench-account-token-0123456789";

    /** What was measured. */
    public record Result(int orders, double deskOrdersPerSecond, double sandboxOrdersPerSecond, long sandboxLines,
                         long shipments, long trackingEvents, long feedEntries, long feedOrders, long feedLines,
                         double feedSeconds, Stats feedPage, int simulatedSeconds, long simulatedOrders, long simulatedDue,
                         Stats tick, long pagesDuringSimulation, double sandboxFileMb) {
        public double feedOrdersPerSecond() { return feedOrders / feedSeconds; }
    }

    private final Path folder;
    private final long seed;
    private final Consumer<String> progress;

    public SandboxAccountBench(Path folder, long seed, Consumer<String> progress) {
        this.folder = folder;
        this.seed = seed;
        this.progress = progress;
    }

    public Result run(int orders, int simulationSeconds) throws IOException, InterruptedException {
        Currency currency = Money.currency(Settings.defaults().currency());
        Clock clock = Clock.systemUTC();
        double deskRate = GenerateBaseline.ordersPerSecond(folder.resolve("desk"), orders, seed, currency, clock,
                line -> say("%s", line));
        Database db = SandboxDatabase.open(folder.resolve("sandbox"));
        Instant now = clock.instant();
        DemoAccount.Seeded seeded = DemoAccount.seed(db, SELLER, currency, now);
        long started = System.nanoTime();
        DemoOrders.Written written = DemoOrders.writeMany(db, SELLER, seeded.onSale(), now, ZoneId.systemDefault(), orders,
                done -> say("  sandbox: %,d of %,d orders (%,.0f orders/s)", done, orders, done / ((System.nanoTime() - started) / 1e9)));
        say("  sandbox --demo --orders %,d: %.1f s, %,.0f orders/s (%,d parcels, %,d tracking events, %,d feed rows)", orders,
                written.elapsed().toMillis() / 1000.0, written.ordersPerSecond(), written.shipments(), written.trackingEvents(),
                written.feedEntries());
        db.checkpoint();
        double fileMb = java.nio.file.Files.size(db.file()) / 1e6;
        db.write(c -> Tokens.ensure(c, Sellers.findOrCreate(c, SELLER, now), TOKEN, "bench", now));
        try (SandboxServer server = SandboxServer.start(SandboxOptions.loopback(clock), db, line -> { })) {
            FeedReader reader = new FeedReader(server.baseUri());
            say("  paging the whole feed once untimed (the page cache warms), then timed");
            reader.readAll(null);
            List<Double> pages = new ArrayList<>();
            long t0 = System.nanoTime();
            FeedCount count = reader.readAll(pages);
            double seconds = (System.nanoTime() - t0) / 1e9;
            say("  feed: %,d entries, %,d orders with %,d lines in %.1f s: %,.0f orders/s", count.entries, count.orders, count.lines,
                    seconds, count.orders / seconds);
            if (count.orders != orders) {
                throw new IllegalStateException("The feed had " + count.orders + " orders of " + orders);
            }
            Simulation simulation = simulate(server, reader, simulationSeconds);
            return new Result(orders, deskRate, written.ordersPerSecond(), written.lines(), written.shipments(),
                    written.trackingEvents(), count.entries, count.orders, count.lines, seconds,
                    Stats.of("feed page of " + FEED_PAGE, pages), simulationSeconds, simulation.placed, simulation.due,
                    simulation.ticks, simulation.pages, fileMb);
        }
    }

    private record Simulation(long placed, long due, Stats ticks, long pages) {}

    /** The simulation's ticks, one a second as {@link Simulator#start} runs them, while a client pages the feed. */
    private Simulation simulate(SandboxServer server, FeedReader reader, int seconds) throws InterruptedException {
        say("  simulation: %d orders a minute for %d s while a client pages the feed", SIMULATED_PER_MINUTE, seconds);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong pages = new AtomicLong();
        Thread pager = new Thread(() -> {
            try {
                while (!stop.get()) {
                    reader.readAll(null, stop, pages);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Paging the feed failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-feed-pager");
        pager.start();
        List<Double> ticks = new ArrayList<>();
        try (Simulator simulator = new Simulator(server.database(), server.marketplace(), SELLER, SIMULATED_PER_MINUTE, 10, seed)) {
            long next = System.nanoTime();
            for (int i = 0; i < seconds; i++) {
                next += 1_000_000_000L;
                long t0 = System.nanoTime();
                simulator.tick();
                ticks.add((System.nanoTime() - t0) / 1e6);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            stop.set(true);
            pager.join();
            long due = (long) SIMULATED_PER_MINUTE * seconds / 60;
            Stats stats = Stats.of("simulation tick (" + SIMULATED_PER_MINUTE / 60 + " orders each)", ticks);
            say("  simulation: %,d of %,d orders placed; tick median %.1f ms, p95 %.1f ms, max %.1f ms; %,d feed pages read meanwhile",
                    simulator.ordersPlaced(), due, stats.medianMs(), stats.p95Ms(), stats.maxMs(), pages.get());
            return new Simulation(simulator.ordersPlaced(), due, stats, pages.get());
        }
    }

    private record FeedCount(long entries, long orders, long lines) {}

    /** A client of the feed: pages from the start to the end, parsing each answer as a client would. */
    private static final class FeedReader {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI base;

        FeedReader(URI base) { this.base = base; }

        FeedCount readAll(List<Double> pageMillis) throws IOException, InterruptedException {
            return readAll(pageMillis, new AtomicBoolean(), new AtomicLong());
        }

        FeedCount readAll(List<Double> pageMillis, AtomicBoolean stop, AtomicLong pages) throws IOException, InterruptedException {
            String cursor = null;
            long entries = 0;
            long orders = 0;
            long lines = 0;
            boolean more = true;
            while (more && !stop.get()) {
                long t0 = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/changes?limit=" + FEED_PAGE
                                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))))
                        .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + TOKEN).build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /v1/changes answered " + response.statusCode());
                }
                Page page = parse(response.body());
                if (pageMillis != null) {
                    pageMillis.add((System.nanoTime() - t0) / 1e6);
                }
                pages.incrementAndGet();
                entries += page.entries;
                orders += page.orders;
                lines += page.lines;
                cursor = page.nextCursor;
                more = page.hasMore;
            }
            return new FeedCount(entries, orders, lines);
        }

        private record Page(long entries, long orders, long lines, String nextCursor, boolean hasMore) {}

        /** Counts the page's changes, orders and their lines with a streaming parser (every token is read). */
        private static Page parse(InputStream body) throws IOException {
            long entries = 0;
            long orders = 0;
            long lines = 0;
            String cursor = null;
            boolean more = false;
            try (InputStream in = body; JsonParser p = PlatformJson.mapper().getFactory().createParser(in)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "changes" -> {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                entries++;
                                String kind = null;
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String name = p.currentName();
                                    p.nextToken();
                                    if (name.equals("kind")) {
                                        kind = p.getText();
                                    } else if (name.equals("data") && "order".equals(kind)) {
                                        orders++;
                                        lines += orderLines(p);
                                    } else {
                                        p.skipChildren();
                                    }
                                }
                            }
                        }
                        case "next_cursor" -> cursor = p.getText();
                        case "has_more" -> more = p.getBooleanValue();
                        default -> p.skipChildren();
                    }
                }
            }
            return new Page(entries, orders, lines, cursor, more);
        }

        /** Reads an order object to its end; returns how many lines it has. */
        private static long orderLines(JsonParser p) throws IOException {
            long lines = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("lines") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        lines++;
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            return lines;
        }
    }

    private void say(String format, Object... args) { progress.accept(String.format(Locale.ROOT, format, args)); }
}
