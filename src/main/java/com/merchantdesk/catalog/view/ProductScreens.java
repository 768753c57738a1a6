package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Registers the Products screen, first on the rail, and the demo shop that {@code --demo} fills an empty catalogue with. */
public final class ProductScreens implements ScreenProvider {

    @Override public int railOrder() { return 100; }

    @Override public List<ScreenEntry> entries() { return List.of(ProductsScreen.ENTRY); }

    @Override
    public Optional<Consumer<AppContext>> demoFiller() {
        return Optional.of(app -> {
            DemoShop shop = new DemoShop(app);
            if (shop.catalogIsEmpty()) {
                shop.fill();
            }
        });
    }
}
