package com.merchantdesk.catalog.view;

import atlantafx.base.theme.PrimerLight;
import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.ScreenContext;
import com.merchantdesk.ui.StatusBarModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hosts the real {@link ProductsScreen} the way the shell does: a real data folder, a real background
 * executor, a status bar model, the screen's shortcuts installed as scene accelerators, and AtlantaFX's theme.
 */
final class ScreenHarness implements AutoCloseable {

    final AppContext app;
    final ExecutorService executor;
    final StatusBarModel status = new StatusBarModel();
    final FakeCsvFiles csvFiles = new FakeCsvFiles();
    ProductsScreen screen;
    Stage stage;

    private ScreenHarness(Path dataFolder) {
        Messages.setLocale(Locale.ENGLISH);
        app = AppContext.open(new DataDirectory(dataFolder), Clock.systemUTC());
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "products-test-background");
            t.setDaemon(true);
            return t;
        });
    }

    static ScreenHarness open(Path dataFolder, Consumer<AppContext> seed) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        ScreenHarness harness = new ScreenHarness(dataFolder);
        seed.accept(harness.app);
        FxToolkit.setupFixture(harness::show);
        WaitForAsyncUtils.waitForFxEvents();
        return harness;
    }

    private void show() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = new Stage();
        screen = new ProductsScreen(new ScreenContext(app, executor, status, () -> stage), csvFiles);
        Label statusLine = new Label();
        statusLine.setId("status-line");
        statusLine.textProperty().bind(status.messageProperty());
        BorderPane window = new BorderPane(screen.content());
        // Where the shell puts the screen's toolbar: the header above the content.
        window.setTop(screen.toolbar());
        window.setBottom(statusLine);
        Scene scene = new Scene(window, 1280, 800);
        scene.getAccelerators().putAll(screen.shortcuts());
        stage.setScene(scene);
        stage.show();
        screen.onShown();
    }

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
