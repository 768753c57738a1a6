package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.orders.demo.SyntheticOrders;
import com.merchantdesk.orders.demo.SyntheticOrdersSummary;
import com.merchantdesk.store.DataDirectory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The baseline the sandbox and sync benchmarks are measured against in the same run: the desk's own
 * {@code generate --orders N} on the demo catalogue, in a folder of its own.
 */
final class GenerateBaseline {

    private GenerateBaseline() {}

    /** Orders per second of {@code generate --orders orders} in {@code folder}. */
    static double ordersPerSecond(Path folder, int orders, long seed, Currency currency, Clock clock, Consumer<String> say) {
        say.accept(String.format(Locale.ROOT, "  desk: the demo catalogue, then generate --orders %,d", orders));
        try (AppContext app = AppContext.open(new DataDirectory(folder), clock)) {
            new DemoShop(app).fill();
            SyntheticOrdersSummary made = new SyntheticOrders(app.database(), clock, app.salesLedger()).generate(orders, seed, currency);
            double rate = made.orders() / (made.elapsed().toNanos() / 1e9);
            say.accept(String.format(Locale.ROOT, "  desk generate --orders %,d: %.1f s, %,.0f orders/s (%,d lines)", orders,
                    made.elapsed().toMillis() / 1000.0, rate, made.lines()));
            return rate;
        }
    }
}
