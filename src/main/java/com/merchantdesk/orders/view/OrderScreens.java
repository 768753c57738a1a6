package com.merchantdesk.orders.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Registers the Orders screen with the shell, after Products, and the demo's year of orders (after the demo shop). */
public final class OrderScreens implements ScreenProvider {

    @Override public int railOrder() { return 200; }

    @Override public List<ScreenEntry> entries() { return List.of(OrdersScreen.ENTRY); }

    @Override
    public Optional<Consumer<AppContext>> demoFiller() {
        return Optional.of(app -> {
            if (app.demoHistory().noOrders() && new DemoShop(app).isDemoShop()) {
                app.demoHistory().write(app.clock(), ZoneId.systemDefault(), Money.currency(app.settings().load().currency()));
            }
        });
    }
}
