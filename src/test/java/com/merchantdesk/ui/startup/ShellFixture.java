package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.settings.view.SettingsScreens;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.shell.BackgroundExecutor;
import com.merchantdesk.ui.shell.FakeFilePicker;
import com.merchantdesk.ui.shell.MainWindow;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ShellServices;
import com.merchantdesk.ui.shell.ShellSettings;
import com.merchantdesk.ui.shell.TestScreen;
import com.merchantdesk.ui.shell.Themes;
import com.merchantdesk.ui.testsupport.FxThread;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell, started the way the app starts it, on a real data folder; test screens stand in for features. */
public final class ShellFixture implements AutoCloseable {

    /** Screens whose id starts with this fail to build. */
    public static final String BROKEN = "broken";

    public final DataDirectory dir;
    public final BackgroundExecutor background = new BackgroundExecutor();
    public final FakeFilePicker files = new FakeFilePicker();
    public final AtomicInteger quits = new AtomicInteger();
    /** The latest instance of each test screen (a language change builds new ones). */
    public final Map<String, TestScreen> screens = new ConcurrentHashMap<>();
    public ShellSettings settings;
    public Stage stage;
    public StartupFlow flow;
    /** What the window showed the moment it first appeared (the loading view, or the shell straight away). */
    public volatile javafx.scene.Parent firstShownRoot;

    private ShellFixture(Path root) { this.dir = new DataDirectory(root); }

    public static ShellFixture start(Path root, String... screenIds) throws Exception {
        return start(root, false, null, screenIds);
    }

    public static ShellFixture start(Path root, boolean demo, Consumer<AppContext> filler, String... screenIds) throws Exception {
        ShellFixture fixture = new ShellFixture(root);
        fixture.begin(demo, filler, null, screenIds);
        return fixture;
    }

    /** Starts the way {@link DesktopLauncher} does: with the data already being opened ({@code early}). */
    public static ShellFixture startWithEarlyData(Path root, CompletableFuture<AppContext> early, String... screenIds)
            throws Exception {
        ShellFixture fixture = new ShellFixture(root);
        fixture.begin(false, null, early, screenIds);
        return fixture;
    }

    /** Starts with the given screens (the app's real ones, say) instead of test screens. */
    public static ShellFixture startWithScreens(Path root, List<ScreenEntry> entries) throws Exception {
        ShellFixture fixture = new ShellFixture(root);
        fixture.begin(false, null, null, entries);
        return fixture;
    }

    /** Starts as {@code --demo} does, syncing with {@code platform}, on the given screens (the app's real ones, say). */
    public static ShellFixture startDemo(Path root, DemoPlatform platform, List<ScreenEntry> entries) throws Exception {
        ShellFixture fixture = new ShellFixture(root);
        fixture.begin(true, null, null, platform, entries);
        return fixture;
    }

    private void begin(boolean demo, Consumer<AppContext> filler, CompletableFuture<AppContext> early, String... screenIds)
            throws Exception {
        begin(demo, filler, early, testScreens(screenIds));
    }

    private void begin(boolean demo, Consumer<AppContext> filler, CompletableFuture<AppContext> early, List<ScreenEntry> entries)
            throws Exception {
        begin(demo, filler, early, null, entries);
    }

    private List<ScreenEntry> testScreens(String... screenIds) {
        List<ScreenEntry> entries = new ArrayList<>();
        for (String id : screenIds) {
            entries.add(new ScreenEntry(id, TestScreen.titleKey(id), TestScreen.ICON, context -> {
                if (id.startsWith(BROKEN)) {
                    throw new IllegalStateException("test screen " + id + " cannot be built");
                }
                TestScreen screen = new TestScreen(id);
                screens.put(id, screen);
                return screen;
            }));
        }
        entries.addAll(new SettingsScreens().entries());
        return entries;
    }

    private void begin(boolean demo, Consumer<AppContext> filler, CompletableFuture<AppContext> early, DemoPlatform platform,
                       List<ScreenEntry> entries) throws Exception {
        Settings initial = new SettingsStore(dir.settingsFile()).load();
        stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            settings = new ShellSettings(new SettingsStore(dir.settingsFile()), initial, background);
            Themes.apply(initial.theme(), com.merchantdesk.i18n.Messages.locale());
            ShellServices services = new ShellServices(settings, background, entries, files, quits::incrementAndGet);
            stage.showingProperty().addListener((o, was, showing) -> {
                if (showing && firstShownRoot == null) {
                    firstShownRoot = stage.getScene().getRoot();
                }
            });
            flow = new StartupFlow(stage, new DataOpener(dir, Clock.systemUTC(), early), demo, filler, platform, services,
                    Clock.systemUTC());
            flow.begin();
        }).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until the data is open, the main window is built, and a frame of it has been laid out: a click aimed
     * at a node before that goes where the node will be, not where it is.
     */
    public MainWindow awaitWindow() throws Exception {
        FxThread.await("the main window is built", () -> flow.windowProperty().get() != null);
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        FxThread.runFx(() -> AfterNextPulse.run(stage.getScene(), () -> laidOut.complete(null)));
        laidOut.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        return flow.windowProperty().get();
    }

    public MainWindow window() { return flow.windowProperty().get(); }

    /** Closes the window the way the seller does and waits until settings are saved and the database closed. */
    public void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        MainWindow window = window();
        if (window != null) {
            window.shutdown().get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public Settings savedSettings() { return new SettingsStore(dir.settingsFile()).load(); }

    @Override
    public void close() throws Exception {
        // A dialog left open by a failed test must not answer the next test's clicks.
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") != null)
                .forEach(Window::hide)).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        if (stage.isShowing()) {
            closeWindow();
        }
        WaitForAsyncUtils.asyncFx(() -> settings.flush()).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)
                .get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        background.shutdown(TestTimeouts.safetyMillis());
    }
}
