package com.merchantdesk.orders.view;

import atlantafx.base.theme.PrimerLight;
import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.Screen;
import com.merchantdesk.ui.ScreenContext;
import com.merchantdesk.ui.StatusBarModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hosts a real order screen the way the shell does: a real data folder (SQLite) opened with a clock the test
 * sets, a background executor, a status bar model that counts {@code changesSaved()}, the screen's shortcuts as
 * scene accelerators, and AtlantaFX's theme. Times are shown in UTC so tests can name days.
 */
final class OrdersHarness implements AutoCloseable {

    static final ZoneId ZONE = ZoneOffset.UTC;
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final SettableClock clock = new SettableClock(START);
    final AppContext app;
    final ExecutorService executor;
    final StatusBarModel status = new StatusBarModel();
    final AtomicInteger changesSaved = new AtomicInteger();
    Screen screen;
    Stage stage;

    private OrdersHarness(Path dataFolder) {
        Messages.setLocale(Locale.ENGLISH);
        app = AppContext.open(new DataDirectory(dataFolder), clock);
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "orders-test-background");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens {@code screen} on a fresh data folder that {@code seed} filled first. */
    static OrdersHarness open(Path dataFolder, java.util.function.Consumer<OrdersHarness> seed,
                              Function<ScreenContext, Screen> screen) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        OrdersHarness harness = new OrdersHarness(dataFolder);
        seed.accept(harness);
        FxToolkit.setupFixture(() -> harness.show(screen));
        WaitForAsyncUtils.waitForFxEvents();
        return harness;
    }

    private void show(Function<ScreenContext, Screen> factory) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = new Stage();
        ScreenContext context = new ScreenContext(app, executor, status, () -> stage);
        // Counts the screen's reports that something was written (the shell recounts pending sync changes).
        countChangesSaved();
        screen = factory.apply(context);
        Label statusLine = new Label();
        statusLine.setId("status-line");
        statusLine.textProperty().bind(status.messageProperty());
        BorderPane window = new BorderPane(screen.content());
        window.setTop(screen.toolbar());
        window.setBottom(statusLine);
        Scene scene = new Scene(window, 1280, 800);
        scene.getAccelerators().putAll(screen.shortcuts());
        stage.setScene(scene);
        stage.show();
        screen.onShown();
    }

    private void countChangesSaved() {
        com.merchantdesk.ui.StatusBarProbe.onChangesSaved(status, changesSaved::incrementAndGet);
    }

    OrdersScreen orders() { return (OrdersScreen) screen; }

    CustomersScreen customers() { return (CustomersScreen) screen; }

    /** Runs {@code check} on the FX thread until it is true; fails after ten seconds. */
    static void await(String what, Callable<Boolean> check) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(check));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not read the UI state", e);
        }
    }

    static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.close();
    }
}
