package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.shipping.demo.DemoFulfilment;
import com.merchantdesk.shipping.demo.DemoShipping;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Registers the To ship cockpit and the Shipments screen after Orders, and the demo shop's orders and parcels
 * (after the demo catalogue, which runs first).
 */
public final class ShippingScreens implements ScreenProvider {

    @Override public int railOrder() { return 210; }

    @Override public List<ScreenEntry> entries() { return List.of(ToShipScreen.ENTRY, ShipmentsScreen.ENTRY); }

    @Override
    public Optional<Consumer<AppContext>> demoFiller() {
        // Only in the demo shop: --demo on a shop of the seller's own must never add demo orders to it.
        return Optional.of(app -> {
            if (new DemoShop(app).isDemoShop()) {
                new DemoShipping(app).fillIfEmpty();
                new DemoFulfilment(app).fillIfEmpty();
            }
        });
    }
}
