package com.merchantdesk.bench;

import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.sandbox.demo.DemoOrders;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A sandbox platform account of a given number of online orders (the demo shop's catalogue, parcels, a token), in a
 * folder of its own, served on loopback without a rate limit: what the sync benchmarks sync a desk with.
 */
final class BenchPlatform implements AutoCloseable {

    static final String SELLER = "bench";
    static final String TOKEN = "bench-sync-token-0123456789";

    private final Database db;
    private final Clock clock;

    private BenchPlatform(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Seeds the account: the demo catalogue, {@code orders} online orders over the last year, and {@link #TOKEN}. */
    static BenchPlatform seed(Path folder, int orders, Currency currency, Clock clock, Consumer<String> say) {
        Database db = SandboxDatabase.open(folder);
        try {
            Instant now = clock.instant();
            DemoAccount.Seeded seeded = DemoAccount.seed(db, SELLER, currency, now);
            DemoOrders.Written written = DemoOrders.writeMany(db, SELLER, seeded.onSale(), now, ZoneId.systemDefault(), orders,
                    done -> { });
            say.accept(String.format(Locale.ROOT, "  platform account: %,d orders with %,d parcels seeded", written.orders(),
                    written.shipments()));
            db.write(c -> Tokens.ensure(c, Sellers.findOrCreate(c, SELLER, now), TOKEN, "bench", now));
            db.checkpoint();
            return new BenchPlatform(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The sandbox server on a free loopback port, with a rate limit no bench reaches. */
    SandboxServer serve() {
        return SandboxServer.start(SandboxOptions.loopback(clock).withRate(1_000_000, 1_000_000), db, line -> { });
    }

    @Override
    public void close() { db.close(); }
}
