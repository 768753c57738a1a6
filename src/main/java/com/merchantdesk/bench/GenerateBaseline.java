package com.merchantdesk.bench;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.orders.demo.SyntheticOrders;
import com.merchantdesk.orders.demo.SyntheticOrdersSummary;
import com.merchantdesk.shipping.demo.SyntheticShipments;
import com.merchantdesk.shipping.demo.SyntheticShipmentsSummary;
import com.merchantdesk.store.DataDirectory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The baseline the sandbox and sync benchmarks are measured against in the same run: the desk's own
 * {@code generate --orders N} on the demo catalogue, in a folder of its own — its orders and then their parcels, as
 * the command writes them (the sandbox's seeded account and a synced history hold parcels too).
 */
final class GenerateBaseline {

    private GenerateBaseline() {}

    /** Orders per second of {@code generate --orders orders} in {@code folder}: orders and parcels written. */
    static double ordersPerSecond(Path folder, int orders, long seed, Currency currency, Clock clock, Consumer<String> say) {
        say.accept(String.format(Locale.ROOT, "  desk: the demo catalogue, then generate --orders %,d", orders));
        try (AppContext app = AppContext.open(new DataDirectory(folder), clock)) {
            new DemoShop(app).fill();
            SyntheticOrdersSummary made = new SyntheticOrders(app.database(), clock, app.salesLedger()).generate(orders, seed, currency);
            SyntheticShipmentsSummary parcels = new SyntheticShipments(app.database(), clock).generate(seed);
            double seconds = (made.elapsed().toNanos() + parcels.elapsed().toNanos()) / 1e9;
            double rate = made.orders() / seconds;
            say.accept(String.format(Locale.ROOT, "  desk generate --orders %,d: %.1f s, %,.0f orders/s (%,d lines; "
                    + "orders %.1f s, then %,d parcels with %,d events %.1f s)", orders, seconds, rate, made.lines(),
                    made.elapsed().toMillis() / 1000.0, parcels.shipments(), parcels.events(),
                    parcels.elapsed().toMillis() / 1000.0));
            return rate;
        }
    }
}
