package com.merchantdesk.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Batched idempotent order creates against a real sandbox server on loopback, as desks catching up after a day
 * offline send them: {@link #CLIENTS} clients at once, each with its own desk and HTTP connection, each sending
 * {@code POST /v1/orders/batch} of {@link #BATCH_SIZE} orders of one to three lines under its own
 * Idempotency-Key. The bodies are made before the clock starts and the answers checked after it stops, so the
 * figure is the server's (on this machine client and server share the cores all the same).
 */
public final class SandboxBench {

    public static final int CLIENTS = 8;
    public static final int BATCH_SIZE = 50;
    static final int PRODUCTS = 20;
    static final int SKUS_PER_PRODUCT = 5;
    private static final String TOKEN = "bench-token-0123456789";

    /**
     * @param ordersPerSecond each timed run's orders over its wall time, in run order
     * @param batchLatency    every timed batch request's time from send to the whole answer read
     */
    public record Result(int clients, int batchSize, int ordersPerRun, int warmupOrders, int skus,
                         List<Double> ordersPerSecond, Stats batchLatency, long linesPerRun) {
        public double medianOrdersPerSecond() { return Stats.median(ordersPerSecond); }
    }

    private final Path folder;
    private final long seed;
    private final Consumer<String> progress;

    public SandboxBench(Path folder, long seed, Consumer<String> progress) {
        this.folder = folder;
        this.seed = seed;
        this.progress = progress;
    }

    /** One untimed run of {@code ordersPerRun / 4} orders (the JIT and SQLite settle), then {@code runs} timed runs. */
    public Result run(int ordersPerRun, int runs) throws IOException, InterruptedException {
        Database db = SandboxDatabase.open(folder);
        Instant now = Instant.now();
        db.write(c -> Tokens.ensure(c, Sellers.findOrCreate(c, "bench", now), TOKEN, "bench", now));
        // The server's request log is one line per request; the bench counts its own requests instead.
        try (SandboxServer server = SandboxServer.start(SandboxOptions.loopback(Clock.systemUTC()), db, line -> { })) {
            Random random = new Random(seed);
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new Client(server.baseUri()));
            }
            List<String> skuIds = catalogue(clients.get(0), random);
            List<String> desks = new ArrayList<>();
            for (Client client : clients) {
                String deskId = UUID.randomUUID().toString();
                client.expect(201, client.send("/v1/desks", Map.of("desk_id", deskId, "name", "Bench desk")));
                desks.add(deskId);
            }
            int warmup = Math.max(CLIENTS * BATCH_SIZE, ordersPerRun / 4);
            progress.accept(String.format(Locale.ROOT, "  warm-up: %,d orders", warmup));
            timedRun(clients, desks, skuIds, warmup, random, null);
            List<Double> rates = new ArrayList<>();
            List<Double> latencies = new ArrayList<>();
            long lines = 0;
            for (int run = 1; run <= runs; run++) {
                RunFigures figures = timedRun(clients, desks, skuIds, ordersPerRun, random, latencies);
                rates.add(figures.ordersPerSecond);
                lines = figures.lines;
                progress.accept(String.format(Locale.ROOT, "  run %d of %d: %,.0f orders/s", run, runs, figures.ordersPerSecond));
            }
            return new Result(CLIENTS, BATCH_SIZE, ordersPerRun, warmup, skuIds.size(), rates,
                    Stats.of("order batch of " + BATCH_SIZE + " (" + CLIENTS + " clients at once)", latencies), lines);
        }
    }

    private record RunFigures(double ordersPerSecond, long lines) {}

    /** Sends {@code orders} orders spread over the clients, all at once; adds each batch's time to {@code latencies}. */
    private RunFigures timedRun(List<Client> clients, List<String> desks, List<String> skuIds, int orders, Random random,
                                List<Double> latencies) throws InterruptedException {
        List<List<byte[]>> bodies = new ArrayList<>();
        long lines = 0;
        for (int i = 0; i < CLIENTS; i++) {
            int share = orders / CLIENTS + (i < orders % CLIENTS ? 1 : 0);
            List<byte[]> batches = new ArrayList<>();
            for (int done = 0; done < share; done += BATCH_SIZE) {
                List<Object> items = new ArrayList<>();
                for (int k = 0; k < Math.min(BATCH_SIZE, share - done); k++) {
                    Map<String, Object> order = order(desks.get(i), clients.get(i).nextNumber(), skuIds, random);
                    lines += ((List<?>) order.get("lines")).size();
                    items.add(order);
                }
                batches.add(json(Map.of("items", items)));
            }
            bodies.add(batches);
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Sent>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Client client = clients.get(i);
                List<byte[]> batches = bodies.get(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Sent> sent = new ArrayList<>();
                    for (byte[] body : batches) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.sendRaw("/v1/orders/batch", body);
                        sent.add(new Sent(response, (System.nanoTime() - t0) / 1e6));
                    }
                    return sent;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            List<Sent> all = new ArrayList<>();
            for (Future<List<Sent>> f : futures) {
                all.addAll(f.get());
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            int created = 0;
            for (Sent s : all) {
                created += createdIn(s.response);
                if (latencies != null) {
                    latencies.add(s.millis);
                }
            }
            if (created != orders) {
                throw new IllegalStateException("The sandbox created " + created + " of " + orders + " orders");
            }
            return new RunFigures(orders / seconds, lines);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A bench client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Sent(HttpResponse<byte[]> response, double millis) {}

    private static int createdIn(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("A batch was answered " + response.statusCode() + ": " + new String(response.body()));
        }
        int created = 0;
        try {
            for (JsonNode item : PlatformJson.mapper().readTree(response.body()).path("results")) {
                if (item.path("status").asInt() != 201) {
                    throw new IllegalStateException("An order of a batch was answered " + item);
                }
                created++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("A batch's answer is not JSON", e);
        }
        return created;
    }

    /** Products of a few SKUs each, with plenty of stock (one adjustment batch). */
    private static List<String> catalogue(Client client, Random random) throws IOException, InterruptedException {
        List<String> skuIds = new ArrayList<>();
        List<Object> adjustments = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            String productId = UUID.randomUUID().toString();
            client.expect(201, client.send("/v1/products", Map.of("id", productId, "title", "Bench shirt " + p,
                    "status", "active", "option_names", List.of("Size"))));
            for (int s = 0; s < SKUS_PER_PRODUCT; s++) {
                String skuId = UUID.randomUUID().toString();
                client.expect(201, client.send("/v1/skus", Map.of("id", skuId, "product_id", productId,
                        "code", "BENCH-" + p + "-" + s, "option_values", List.of("S" + s), "price", money(10_000 + 1_000L * random.nextInt(30)))));
                skuIds.add(skuId);
                adjustments.add(Map.of("id", UUID.randomUUID().toString(), "sku_id", skuId, "delta", 1_000_000, "reason", "received"));
            }
        }
        client.expect(200, client.send("/v1/stock/adjustments/batch", Map.of("items", adjustments)));
        return skuIds;
    }

    private static Map<String, Object> order(String deskId, String number, List<String> skuIds, Random random) {
        List<Object> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            lines.add(Map.of("id", UUID.randomUUID().toString(), "sku_id", skuIds.get(random.nextInt(skuIds.size())),
                    "title", "Bench shirt", "unit_price", money(10_000 + 1_000L * random.nextInt(30)), "quantity", 1 + random.nextInt(3)));
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", UUID.randomUUID().toString());
        order.put("number", number);
        order.put("desk_id", deskId);
        order.put("channel", "phone");
        order.put("status", "paid");
        order.put("payment_method", "cash");
        order.put("customer_name", "Kim Minji");
        order.put("currency", "KRW");
        order.put("lines", lines);
        order.put("shipping_fee", money(3_000));
        order.put("placed_at", "2026-12-04T08:30:00Z");
        order.put("ship_to", Map.of("recipient", "Kim Minji", "line1", "12 Teheran-ro", "city", "Seoul", "country", "KR"));
        return order;
    }

    private static Map<String, Object> money(long minor) { return Map.of("currency", "KRW", "amount_minor", minor); }

    private static byte[] json(Object body) {
        try {
            return PlatformJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One desk's HTTP client: its own connection (HTTP/1.1, kept alive) and order numbers. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI base;
        private int serial;

        Client(URI base) { this.base = base; }

        String nextNumber() { return String.format(Locale.ROOT, "B-%08d-%s", ++serial, Integer.toHexString(System.identityHashCode(this))); }

        HttpResponse<byte[]> send(String path, Object body) throws IOException, InterruptedException {
            return sendRaw(path, json(body));
        }

        HttpResponse<byte[]> sendRaw(String path, byte[] body) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }

        void expect(int status, HttpResponse<byte[]> response) {
            if (response.statusCode() != status) {
                throw new IllegalStateException("Setting up the sandbox bench: " + response.request().uri() + " answered "
                        + response.statusCode() + ": " + new String(response.body()));
            }
        }
    }
}
