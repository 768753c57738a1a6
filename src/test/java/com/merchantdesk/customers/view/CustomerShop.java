package com.merchantdesk.customers.view;

import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.AppContext;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerQuery;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.orders.view.OrdersHarness;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.testsupport.FxThread;
import com.merchantdesk.ui.testsupport.ManualExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real data folder with three customers for the customer view models' tests: Kim Minji (two orders, the first
 * paid: 2 totes, $24.00; the second, a mug, unpaid, made an hour later), Lee Seojun (one cancelled order) and
 * Emma Walsh (one unpaid order). Background work waits in a {@link ManualExecutor} until the test runs it.
 */
final class CustomerShop implements AutoCloseable {

    final SettableClock clock = new SettableClock(OrdersHarness.START);
    final AppContext app;
    final ManualExecutor executor = new ManualExecutor();
    final StatusBarModel status = new StatusBarModel();
    final BackgroundRunner work;
    final String kim;
    final String lee;
    final String emma;
    /** The number of Lee's one order. */
    final String leesOrder;
    final Order kimsFirst;
    final Order kimsSecond;

    CustomerShop(Path folder) {
        app = AppContext.open(new DataDirectory(folder), clock);
        OrderShop shop = OrderShop.seed(app);
        kimsFirst = app.orders().create(OrderShop.draft("Kim Minji", "010-1234-5678", true, shop.tote, 2));
        clock.advance(Duration.ofHours(1));
        kimsSecond = app.orders().create(new OrderDraft(OrderShop.USD, Channel.PHONE, kimsFirst.customerId(), null, Address.EMPTY,
                List.of(OrderDraft.LineDraft.of(shop.mug, 1)), "", "", "", PaymentMethod.CASH, false, "", null, false));
        clock.advance(Duration.ofHours(1));
        Order cancelled = OrderShop.order(app, "Lee Seojun", "010-9876-5432", shop.teeRed, 1);
        app.orders().cancel(cancelled.id(), "seller");
        Order emmas = OrderShop.order(app, "Emma Walsh", "555-0134", shop.teeBlue, 1);
        kim = kimsFirst.customerId();
        lee = cancelled.customerId();
        leesOrder = cancelled.number();
        emma = emmas.customerId();
        work = FxThread.onFx(() -> new BackgroundRunner(executor, status));
    }

    long customerCount() { return app.customers().search(CustomerQuery.of("", 10), OrderShop.USD).total(); }

    @Override
    public void close() { app.close(); }
}
