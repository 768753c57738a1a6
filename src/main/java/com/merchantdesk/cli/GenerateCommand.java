package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.SyntheticCatalog;
import com.merchantdesk.catalog.demo.SyntheticSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.orders.demo.SyntheticOrders;
import com.merchantdesk.orders.demo.SyntheticOrdersSummary;
import com.merchantdesk.shipping.demo.SyntheticShipments;
import com.merchantdesk.shipping.demo.SyntheticShipmentsSummary;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: synthetic data at benchmark scale. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds synthetic products and/or orders at benchmark scale (batched SQL; 100,000 SKUs take",
                "seconds, 1,000,000 orders a few minutes). Orders are made of the SKUs in the data folder, so",
                "give --skus too (or generate SKUs first). The same seed gives the same data in an empty folder."})
final class GenerateCommand extends DataCommand {

    @Option(names = "--skus", paramLabel = "N", defaultValue = "0", description = "How many SKUs to add (0 to 5,000,000).")
    int skus;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "0",
            description = "How many orders to add (0 to 5,000,000), over the last two years.")
    int orders;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (skus < 0 || skus > SyntheticCatalog.MAX_SKUS) {
            throw invalid("--skus", "cli.validation.between", 0, SyntheticCatalog.MAX_SKUS);
        }
        if (orders < 0 || orders > SyntheticOrders.MAX_ORDERS) {
            throw invalid("--orders", "cli.validation.between", 0, SyntheticOrders.MAX_ORDERS);
        }
        if (skus == 0 && orders == 0) {
            throw new CliInputException(Messages.get("cli.generate.nothing"));
        }
        try (AppContext app = openApp()) {
            Currency currency = Money.currency(app.settings().load().currency());
            if (skus > 0) {
                SyntheticSummary s = new SyntheticCatalog(app.database(), app.clock()).generate(skus, seed, currency);
                out().println(Messages.get("cli.generate.done", s.skus(), s.products(), s.movements(), seconds(s.elapsed())));
                out().flush();
            }
            if (orders > 0) {
                SyntheticOrdersSummary o;
                try {
                    o = new SyntheticOrders(app.database(), app.clock(), app.salesLedger()).generate(orders, seed, currency);
                } catch (IllegalStateException e) {
                    throw new CliInputException(Messages.get("cli.generate.noSkus", currency.getCurrencyCode()));
                }
                out().println(Messages.get("cli.generate.ordersDone", o.orders(), o.lines(), o.customers(), seconds(o.elapsed())));
                out().flush();
                SyntheticShipmentsSummary parcels = new SyntheticShipments(app.database(), app.clock()).generate(seed);
                out().println(Messages.get("cli.generate.shipmentsDone", parcels.shipments(), parcels.events(),
                        seconds(parcels.elapsed())));
                out().flush();
            }
            return 0;
        }
    }

    private static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0);
    }
}
