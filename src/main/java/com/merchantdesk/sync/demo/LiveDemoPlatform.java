package com.merchantdesk.sync.demo;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.simulation.Simulator;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.sync.connection.PlatformAddress;
import com.merchantdesk.sync.connection.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Currency;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform the window's demo ({@code --demo}) syncs with: the sandbox, embedded, serving the demo account from
 * its own database in the demo folder ({@value #FOLDER}/platform.db) on a free loopback port, with buyers ordering
 * online and parcels moving (the {@link Simulator}). The first start seeds the account with the demo shop and its
 * year of online orders; later starts reuse it as it is. The desk's token for the account goes into the desk's
 * token store; the address (a new port each start) is for the caller to put into the desk's settings. Lives as long
 * as the window: {@link #close} stops the buyers, then the server, which closes its database.
 */
public final class LiveDemoPlatform implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveDemoPlatform.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The sandbox's folder inside the demo data folder. */
    public static final String FOLDER = "platform";
    /** The account the demo desk is connected to. */
    public static final String SELLER = "demo";
    /** Enough for an order to arrive within most of the window's sync periods, few enough to follow them. */
    public static final double ORDERS_PER_MINUTE = 8;
    /** Seconds between a parcel's tracking steps: parcels visibly move within minutes. */
    static final int SECONDS_PER_PARCEL_STEP = 10;

    private final SandboxServer server;
    private final Simulator simulator;
    private final String address;

    private LiveDemoPlatform(SandboxServer server, Simulator simulator) {
        this.server = server;
        this.simulator = simulator;
        this.address = PlatformAddress.parse(server.baseUri().toString()).key();
    }

    /** The sandbox's folder of the demo data folder {@code dir}. */
    public static Path folderOf(DataDirectory dir) { return dir.root().resolve(FOLDER); }

    /**
     * Whether {@code dir} is a live demo's folder: one that has its embedded platform already, or a new one (an empty
     * catalogue and no platform set up). A folder with a shop of its own, a local-only demo shop, or a platform of its
     * own is never connected to the demo platform.
     */
    public static boolean suits(DataDirectory dir, Database desk, boolean catalogIsEmpty, String platformAddress) {
        if (desk.read(SyncIdentity::isLocalOnly)) {
            return false;
        }
        if (Files.isDirectory(folderOf(dir))) {
            return true;
        }
        return catalogIsEmpty && (platformAddress == null || platformAddress.isBlank());
    }

    /**
     * Opens (and on its first start seeds) the demo platform of {@code dir}, starts serving it on a free loopback port
     * with the buyers ordering, and stores the desk's token for it in {@code tokens}. Blocking (seconds on the first
     * start): run it off the FX thread; {@code progress} hears what it is doing in the seller's words.
     */
    public static LiveDemoPlatform start(DataDirectory dir, TokenStore tokens, Clock clock, ZoneId zone,
                                         Consumer<String> progress) {
        progress.accept(Messages.get("startup.liveDemo.opening"));
        Database db = SandboxDatabase.open(folderOf(dir));
        SandboxServer server = null;
        try {
            Instant now = clock.instant();
            if (!DemoAccount.hasProducts(db, SELLER)) {
                progress.accept(Messages.get("startup.liveDemo.seeding"));
                DemoAccount.Seeded seeded = DemoAccount.seed(db, SELLER, Currency.getInstance("USD"), now);
                progress.accept(Messages.get("startup.liveDemo.orders"));
                DemoOrders.writeYear(db, SELLER, seeded.onSale(), now, zone, done -> { });
            }
            String token = tokens.read().orElseGet(LiveDemoPlatform::newToken);
            db.write(c -> {
                Seller account = Sellers.findOrCreate(c, SELLER, now);
                return Tokens.ensure(c, account, token, "Merchant Desk demo", now);
            });
            tokens.save(token);
            progress.accept(Messages.get("startup.liveDemo.starting"));
            server = SandboxServer.start(SandboxOptions.loopback(clock), db,
                    line -> LOG.log(Level.FINE, line));
            Simulator simulator = new Simulator(db, server.marketplace(), SELLER, ORDERS_PER_MINUTE,
                    SECONDS_PER_PARCEL_STEP, System.nanoTime());
            simulator.start();
            LiveDemoPlatform platform = new LiveDemoPlatform(server, simulator);
            LOG.info("The demo platform serves the demo account at " + platform.address() + " from " + folderOf(dir));
            return platform;
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                db.close();
            }
            throw e;
        }
    }

    /** A random token of the demo account, made once per demo folder (kept in the token store). */
    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "mddemo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The platform address for the desk's settings (http on loopback, this start's port). */
    public String address() { return address; }

    public SandboxServer server() { return server; }

    public Simulator simulator() { return simulator; }

    /** Stops the buyers, then the server (which finishes what is in flight and closes the platform's database). */
    @Override
    public void close() {
        simulator.close();
        server.close();
        LOG.info("The demo platform at " + address + " stopped");
    }
}
