package com.merchantdesk.ui.testsupport;

import atlantafx.base.theme.PrimerLight;
import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.shell.ScreenContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hosts a real screen the way the shell does: a real data folder (SQLite), a background executor, a status bar
 * model shown in a status line, the screen's toolbar above it, its shortcuts as scene accelerators, and
 * AtlantaFX's theme. Each feature's harness adds what its tests need.
 *
 * @param <S> the screen under test
 */
public class ScreenHost<S extends Screen> implements AutoCloseable {

    public final AppContext app;
    public final StatusBarModel status = new StatusBarModel();
    private final ExecutorService executor;
    private S screen;
    private Stage stage;

    /** Opens the data folder in English; call {@link FxToolkit#registerPrimaryStage()} first. */
    protected ScreenHost(Path dataFolder, Clock clock, String threadName) {
        Messages.setLocale(Locale.ENGLISH);
        app = AppContext.open(new DataDirectory(dataFolder), clock);
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds the screen on the FX thread (so {@code factory} may touch the UI) and shows it at 1280×800. */
    protected final void show(Function<ScreenContext, S> factory) throws TimeoutException {
        FxToolkit.setupFixture(() -> build(factory));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void build(Function<ScreenContext, S> factory) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = new Stage();
        screen = factory.apply(new ScreenContext(app, executor, status, () -> stage));
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

    public S screen() { return screen; }

    public Stage stage() { return stage; }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        try {
            executor.awaitTermination(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.close();
    }
}
