package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.http.RequestLog;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.simulation.Simulator;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sandbox}: serves the sandbox platform (docs/sandbox.md) from its own database in the data folder until
 * Ctrl+C or SIGTERM, which stop it gracefully. {@code sandbox token} manages the sellers' tokens.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the sandbox marketplace platform: the seller API of docs/platform-api.yaml on this machine.",
                "Its database (platform.db) is kept in the data folder; stop it with Ctrl+C."},
        subcommands = {SandboxTokenCommand.class})
final class SandboxCommand extends DataCommand {

    static final String TOKEN_VARIABLE = "MERCHANT_DESK_TOKEN";
    static final String ADMIN_TOKEN_VARIABLE = "MERCHANT_DESK_ADMIN_TOKEN";

    @Option(names = "--port", paramLabel = "N", defaultValue = "8780", description = "Port to listen on (0: any free port; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}); any non-loopback address needs --tls-cert and --tls-key.")
    String bind;

    @Option(names = "--token", paramLabel = "T",
            description = "A fixed token for --seller (for tests and demos); also read from $" + TOKEN_VARIABLE + ".")
    String token;

    @Option(names = "--seller", paramLabel = "S", defaultValue = "demo", description = "The seller account --token belongs to (default ${DEFAULT-VALUE}).")
    String seller;

    @Option(names = "--admin-token", paramLabel = "T",
            description = "Opens the admin API (/admin/actions, /admin/faults) on loopback to this token; also read from $"
                    + ADMIN_TOKEN_VARIABLE + ". Without it the admin API is off.")
    String adminToken;

    @Option(names = "--demo", description = "Fills --seller's account, if it has no products, with the demo shop (the desk's demo catalogue) "
            + "and its year of online orders first.")
    boolean demo;

    @Option(names = "--orders", paramLabel = "N",
            description = "With --demo: exactly N online orders over the year (a large account, e.g. 1000000) instead of the demo year's own.")
    Integer demoOrders;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD", description = "With --demo: the shop's currency (default ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--online-orders-per-minute", paramLabel = "N", defaultValue = "0",
            description = "Buyers order from --seller's shop online at this rate, cancel some, and parcels move (0, the default: off).")
    double ordersPerMinute;

    @Option(names = "--seconds-per-parcel-step", paramLabel = "S", defaultValue = "10",
            description = "With the simulation: seconds between a parcel's tracking steps (default ${DEFAULT-VALUE}).")
    int secondsPerStep;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "PEM certificate chain, to serve HTTPS.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM (PKCS#8) private key of --tls-cert.")
    Path tlsKey;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "200", description = "Requests a seller may make at once (default ${DEFAULT-VALUE}).")
    long rateCapacity;

    @Option(names = "--rate-per-second", paramLabel = "R", defaultValue = "100", description = "How fast the allowance refills (default ${DEFAULT-VALUE}/s).")
    double ratePerSecond;

    @Option(names = "--retention-days", paramLabel = "D", defaultValue = "30",
            description = "How long idempotency keys and deletions are kept (default ${DEFAULT-VALUE}).")
    int retentionDays;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "4194304", description = "Largest request body (default ${DEFAULT-VALUE}).")
    long maxBody;

    /** The most orders {@code --orders} seeds (as {@code generate --orders}). */
    static final int MAX_DEMO_ORDERS = 5_000_000;

    /** The demo year's online orders, or exactly {@code --orders} of them, with a progress line per chunk on stderr. */
    private void seedOrders(Database db, DemoAccount.Seeded seeded, Instant now) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        DemoOrders.Written written;
        if (demoOrders == null) {
            written = DemoOrders.writeYear(db, seller, seeded.onSale(), now, zone, done -> { });
        } else {
            long started = System.nanoTime();
            java.io.PrintWriter err = spec.commandLine().getErr();
            written = DemoOrders.writeMany(db, seller, seeded.onSale(), now, zone, demoOrders, done -> {
                err.println(Messages.get("cli.sandbox.seedProgress", done, demoOrders,
                        Math.round(done / Math.max(1e-9, (System.nanoTime() - started) / 1e9))));
                err.flush();
            });
        }
        out().println(Messages.get("cli.sandbox.demoOrders", seller, written.orders(), written.shipments(), written.trackingEvents(),
                written.refunds(), written.afterSales(), String.format(java.util.Locale.ROOT, "%.1f", written.elapsed().toMillis() / 1000.0),
                Math.round(written.ordersPerSecond())));
        out().flush();
    }

    @Override
    public Integer call() throws InterruptedException {
        if (rateCapacity < 1 || ratePerSecond <= 0) {
            throw invalid("--rate-limit", "cli.sandbox.badRate");
        }
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw invalid("--currency", "cli.sandbox.badCurrency", currency);
        }
        if (ordersPerMinute < 0) {
            throw invalid("--online-orders-per-minute", "cli.sandbox.badRate");
        }
        if (demoOrders != null && !demo) {
            throw invalid("--orders", "cli.sandbox.ordersNeedDemo");
        }
        if (demoOrders != null && (demoOrders < 1 || demoOrders > MAX_DEMO_ORDERS)) {
            throw invalid("--orders", "cli.validation.between", 1, MAX_DEMO_ORDERS);
        }
        if (retentionDays < 1) {
            throw invalid("--retention-days", "cli.sandbox.badRetention");
        }
        SandboxOptions options;
        try {
            SandboxOptions base = SandboxOptions.loopback(Clock.systemUTC());
            options = new SandboxOptions(bind, port, tlsCert, tlsKey, maxBody, rateCapacity, ratePerSecond,
                    Duration.ofDays(retentionDays), base.idleTimeout(), base.shutdownGrace(), base.workerThreads(), base.clock());
        } catch (IllegalArgumentException e) {
            throw new CliInputException(e.getMessage());
        }
        String fixed = token != null ? token : System.getenv(TOKEN_VARIABLE);
        Path folder = ((RootCommand) spec.root().userObject()).sandboxFolder();
        Database db = SandboxDatabase.open(folder);
        SandboxServer server;
        try {
            if (fixed != null && !fixed.isBlank()) {
                Instant now = Instant.now();
                db.write(c -> {
                    Seller account = Sellers.findOrCreate(c, seller, now);
                    return Tokens.ensure(c, account, fixed.strip(), "fixed (--token)", now);
                });
            }
            String admin = adminToken != null ? adminToken : System.getenv(ADMIN_TOKEN_VARIABLE);
            if (demo) {
                Instant now = Instant.now();
                boolean empty = !DemoAccount.hasProducts(db, seller);
                if (empty) {
                    DemoAccount.Seeded seeded = DemoAccount.seed(db, seller, java.util.Currency.getInstance(currency), now);
                    out().println(Messages.get("cli.sandbox.demoSeeded", seller, seeded.products(), seeded.skus(), seeded.units()));
                    out().flush();
                    seedOrders(db, seeded, now);
                } else {
                    out().println(Messages.get("cli.sandbox.demoKept", seller));
                }
            }
            server = SandboxServer.start(options, db, RequestLog.STDOUT, admin == null || admin.isBlank() ? null : admin.strip());
        } catch (IllegalArgumentException e) {
            db.close();
            throw new CliInputException(e.getMessage());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Simulator simulator = null;
        if (ordersPerMinute > 0) {
            db.write(c -> Sellers.findOrCreate(c, seller, Instant.now()));
            simulator = new Simulator(db, server.marketplace(), seller, ordersPerMinute, Math.max(1, secondsPerStep), System.nanoTime());
            simulator.start();
        }
        Simulator running = simulator;
        Runnable stop = () -> {
            if (running != null) {
                running.close();
            }
            server.close();
        };
        // Ctrl+C and SIGTERM stop the server here and the command exits 0; the hook covers any other way the JVM ends.
        CountDownLatch stopRequested = new CountDownLatch(1);
        Thread hook = new Thread(stop, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        StopSignals.handle(stopRequested::countDown);
        out().println(Messages.get("cli.sandbox.listening", server.baseUri(), folder.resolve(SandboxDatabase.FILE_NAME)));
        out().flush();
        stopRequested.await();
        stop.run();
        Runtime.getRuntime().removeShutdownHook(hook);
        return 0;
    }
}
