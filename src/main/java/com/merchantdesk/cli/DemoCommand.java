package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.shipping.demo.DemoFulfilment;
import com.merchantdesk.shipping.demo.DemoShipping;
import com.merchantdesk.catalog.demo.DemoSummary;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import picocli.CommandLine.Command;

/** {@code demo}: fills an empty data folder with the demo shop. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fills an empty data folder with a realistic demo shop.",
                "About 300 products with variants, pictures, barcodes and stock, and a year of orders across every channel;",
                "refuses a catalogue that has products."})
final class DemoCommand extends DataCommand {

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            DemoShop shop = new DemoShop(app);
            if (!shop.catalogIsEmpty()) {
                throw new CliInputException(Messages.get("cli.demo.notEmpty", app.dataDirectory().root()));
            }
            DemoSummary s = shop.fill();
            out().println(Messages.get("cli.demo.done", app.dataDirectory().root(), s.products(), s.skus(), s.movements(), s.images()));
            if (app.demoHistory().noOrders()) {
                int orders = app.demoHistory().write(app.clock(), java.time.ZoneId.systemDefault(),
                        Money.currency(app.settings().load().currency()));
                out().println(Messages.get("cli.demo.orders", orders));
            }
            int parcels = new DemoShipping(app).fillIfEmpty();
            out().println(Messages.get("cli.demo.shippingDone", parcels));
            out().println(Messages.get("cli.demo.poolDone", new DemoFulfilment(app).fillIfEmpty()));
            out().flush();
            return 0;
        }
    }
}
