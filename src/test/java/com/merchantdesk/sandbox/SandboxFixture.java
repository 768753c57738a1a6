package com.merchantdesk.sandbox;

import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.testsupport.TestTimeouts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A real sandbox server on a random loopback port over a fresh database, with two seller accounts (alpha and
 * beta, each with a fixed token), a clock the test moves, and the request log kept for the test to read.
 */
final class SandboxFixture implements AutoCloseable {

    static final String ALPHA_TOKEN = "alpha-token-0123456789";
    static final String BETA_TOKEN = "beta-token-0123456789";
    static final String ADMIN_TOKEN = "admin-token-0123456789";
    static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    final SettableClock clock = new SettableClock(START);
    final List<String> log = new CopyOnWriteArrayList<>();
    private final Object logged = new Object();
    final SandboxServer server;
    final SandboxClient alpha;
    final SandboxClient beta;

    SandboxFixture(Path folder) { this(folder, options -> options); }

    SandboxFixture(Path folder, UnaryOperator<SandboxOptions> tune) {
        Database db = SandboxDatabase.open(folder);
        db.write(c -> {
            Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), ALPHA_TOKEN, "test", START);
            return Tokens.ensure(c, Sellers.findOrCreate(c, "beta", START), BETA_TOKEN, "test", START);
        });
        server = SandboxServer.start(tune.apply(SandboxOptions.loopback(clock)), db, this::logLine, ADMIN_TOKEN);
        alpha = new SandboxClient(server.baseUri(), ALPHA_TOKEN);
        beta = new SandboxClient(server.baseUri(), BETA_TOKEN);
    }

    Database db() { return server.database(); }

    /**
     * The request log once it has at least {@code lines} lines. The server writes a request's line after its
     * answer is sent, so a test that got its answer waits for the line.
     */
    List<String> awaitLog(int lines) {
        long deadline = System.nanoTime() + TestTimeouts.SAFETY.toNanos();
        synchronized (logged) {
            while (log.size() < lines) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(TestTimeouts.timedOut("the request log has " + lines + " lines; it has " + log));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(logged, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted", e);
                }
            }
        }
        return List.copyOf(log);
    }

    private void logLine(String line) {
        synchronized (logged) {
            log.add(line);
            logged.notifyAll();
        }
    }

    @Override
    public void close() { server.close(); }
}
