package com.merchantdesk.cli;

import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.catalog.view.ProductsScreen;
import com.merchantdesk.customers.view.CustomersScreen;
import com.merchantdesk.orders.view.OrdersScreen;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.startup.DesktopLauncher;
import java.util.List;

/**
 * Connects the features to the window shell: the screens of the navigation rail in order (the first gets
 * Ctrl+1) and the demo shop for {@code --demo}. Only called when the window opens.
 */
final class WindowScreens {

    private WindowScreens() {}

    /** The feature screens of the rail, in order. */
    static List<ScreenEntry> screens() { return List.of(ProductsScreen.ENTRY, OrdersScreen.ENTRY, CustomersScreen.ENTRY); }

    static void register() {
        screens().forEach(DesktopLauncher::addScreen);
        DesktopLauncher.setDemoFiller(app -> {
            DemoShop shop = new DemoShop(app);
            if (shop.catalogIsEmpty()) {
                shop.fill();
            }
        });
    }
}
