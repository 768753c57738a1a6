package com.merchantdesk.orders.view;

import com.merchantdesk.customers.view.CustomersScreen;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.StatusBarProbe;
import com.merchantdesk.ui.testsupport.ScreenHost;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.testfx.api.FxToolkit;

/**
 * Hosts a real order screen the way the shell does, on a data folder opened with a clock the test sets, with a
 * count of the screen's {@code changesSaved()} reports. Times are shown in UTC so tests can name days.
 */
public final class OrdersHarness extends ScreenHost<Screen> {

    public static final ZoneId ZONE = ZoneOffset.UTC;
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    public final SettableClock clock;
    public final AtomicInteger changesSaved = new AtomicInteger();

    private OrdersHarness(Path dataFolder, SettableClock clock) {
        super(dataFolder, clock, "orders-test-background");
        this.clock = clock;
    }

    /** Opens {@code screen} on a fresh data folder that {@code seed} filled first. */
    public static OrdersHarness open(Path dataFolder, Consumer<OrdersHarness> seed, Function<ScreenContext, Screen> screen)
            throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        OrdersHarness harness = new OrdersHarness(dataFolder, new SettableClock(START));
        seed.accept(harness);
        harness.show(context -> {
            // Counts the screen's reports that something was written (the shell recounts pending sync changes).
            StatusBarProbe.onChangesSaved(harness.status, harness.changesSaved::incrementAndGet);
            return screen.apply(context);
        });
        return harness;
    }

    public OrdersScreen orders() { return (OrdersScreen) screen(); }

    public CustomersScreen customers() { return (CustomersScreen) screen(); }
}
