package com.merchantdesk.sync;

import com.merchantdesk.sync.client.PlatformEndpoint;
import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.testsupport.TestTimeouts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real sandbox platform on a loopback port, with one seller account ("alpha") whose token the test can swap,
 * fault rules, and a plain client to look at what the platform holds.
 */
final class PlatformForTests implements AutoCloseable {

    static final String TOKEN = "alpha-token-0123456789";
    /** The test's own token for looking at the account, which no fault revokes. */
    static final String OBSERVER_TOKEN = "alpha-observer-0123456789";
    static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    final SettableClock clock = new SettableClock(START);
    final List<String> log = new CopyOnWriteArrayList<>();
    final SandboxServer server;
    final AtomicReference<String> token = new AtomicReference<>(TOKEN);
    private final HttpClient http = HttpClient.newHttpClient();

    PlatformForTests(Path folder) {
        Database db = SandboxDatabase.open(folder);
        db.write(c -> {
            Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), OBSERVER_TOKEN, "the test's own look", START);
            return Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), TOKEN, "test", START);
        });
        server = SandboxServer.start(SandboxOptions.loopback(clock).withRate(1_000_000, 1_000_000), db, this::logged,
                "admin-token-0123456789");
    }

    private void logged(String line) {
        synchronized (log) {
            log.add(line);
            log.notifyAll();
        }
    }

    /**
     * Waits until the platform has logged {@code count} requests of {@code method path} (a request is logged once
     * it is handled, before its answer goes out), at most {@link TestTimeouts#SAFETY}.
     */
    void awaitRequests(String method, String path, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TestTimeouts.SAFETY.toNanos();
        synchronized (log) {
            while (requests(method, path) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(TestTimeouts.timedOut(count + " requests " + method + " " + path + " were logged"));
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(log, left);
            }
        }
    }

    PlatformEndpoint endpoint() {
        return new PlatformEndpoint(server.baseUri(), http, token::get);
    }

    /** A second token of the account (the seller gave the desk a new one). */
    String newToken(String value) {
        server.database().write(c -> Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), value, "test", START));
        return value;
    }

    void fault(String method, String path, FaultAction action, Integer status, Integer retryAfter) {
        server.faults().add(new FaultRule(null, method, path, null, 1, 1, action, status, retryAfter, null, null, null, null));
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + OBSERVER_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return PlatformJson.mapper().readTree(r.body());
    }

    int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + OBSERVER_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** How many requests of {@code method path} the platform logged. */
    long requests(String method, String path) {
        return log.stream().filter(l -> l.contains(" " + method + " " + path + " ")).count();
    }

    @Override
    public void close() { server.close(); }
}
