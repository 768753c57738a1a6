package com.merchantdesk.ui.startup;

import com.merchantdesk.StartupTrace;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.InstanceLock;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.ui.shell.BackgroundExecutor;
import com.merchantdesk.ui.shell.Dialogs;
import com.merchantdesk.ui.shell.MainWindow;
import com.merchantdesk.ui.shell.NativeFilePicker;
import com.merchantdesk.ui.shell.ScreenProviders;
import com.merchantdesk.ui.shell.ShellServices;
import com.merchantdesk.ui.shell.ShellSettings;
import com.merchantdesk.ui.shell.Themes;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the JavaFX toolkit and opens the main window on a data folder. The feature screens and the demo shop
 * come from the features' {@code ScreenProvider}s, so the shell does not depend on the features.
 */
public final class DesktopLauncher {


    // Handed from launch() to the Application instance that JavaFX creates.
    private static volatile DataDirectory dataDirectory;
    private static volatile boolean demo;
    private static volatile DemoPlatform demoPlatform;
    private static volatile Optional<InstanceLock> lock = Optional.empty();
    private static volatile String lockFailure;
    private static volatile EarlyStart early;

    private DesktopLauncher() {}

    /**
     * The logger, got when needed: this class is loaded on the way to the window, and the first logger starts
     * java.util.logging (~13 ms), which the settings thread does beside the toolkit's start instead.
     */
    private static Logger log() { return Logger.getLogger(DesktopLauncher.class.getName()); }

    public static void launch(DataDirectory dir, boolean fillDemo) {
        launch(dir, fillDemo, null);
    }

    /**
     * Opens the window on {@code dir}; with {@code fillDemo}, a demo folder syncs with {@code platform} (started
     * while the window shows its progress, stopped when the window has closed), or without one gets the local-only
     * demo shop.
     */
    public static void launch(DataDirectory dir, boolean fillDemo, DemoPlatform platform) {
        dataDirectory = dir;
        demo = fillDemo;
        demoPlatform = platform;
        // Taken before the toolkit starts: a refused second start shows its dialog and opens nothing else.
        try {
            lock = InstanceGuard.acquire(dir);
        } catch (StoreException e) {
            lockFailure = e.getMessage();
        }
        StartupTrace.mark("instance lock taken");
        if (lock.isPresent()) {
            early = EarlyStart.begin(dir, Clock.systemUTC());
        }
        StartupTrace.mark("launching JavaFX");
        Application.launch(DeskApplication.class);
    }

    /** The JavaFX application; JavaFX creates it, so it reads what {@link #launch} left behind. */
    public static final class DeskApplication extends Application {

        private BackgroundExecutor background;
        private ShellSettings settings;
        private StartupFlow flow;

        @Override
        public void init() {
            StartupTrace.mark("JavaFX started (init)");
            if (lock.isPresent()) {
                // Runs on the launcher thread, not the FX thread; EarlyStart has read the settings by now.
                Settings loaded = early.settings();
                Messages.setLocale(loaded.locale());
                FontWarmUp.begin(loaded.locale());
                background = new BackgroundExecutor();
                settings = new ShellSettings(new SettingsStore(dataDirectory.settingsFile()), loaded, background);
            }
        }

        @Override
        public void start(Stage stage) {
            StartupTrace.mark("start");
            if (lock.isEmpty()) {
                Themes.apply(Settings.LIGHT, Messages.locale());
                if (lockFailure != null) {
                    Dialogs.error(null, Messages.get("startup.failed.header"), lockFailure, Dialogs.quit()).showAndWait();
                } else {
                    Dialogs.error(null, Messages.get("startup.alreadyOpen.header"),
                            InstanceGuard.refusalMessage(dataDirectory), Dialogs.quit()).showAndWait();
                }
                Platform.exit();
                return;
            }
            Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {
                log().log(Level.SEVERE, "Unexpected failure on the FX thread", failure);
                MainWindow window = flow == null ? null : flow.windowProperty().get();
                if (window != null) {
                    window.reportFailure(failure);
                }
            });
            Themes.apply(settings.get().theme(), Messages.locale());
            StartupTrace.mark("theme applied");
            ScreenProviders screens = ScreenProviders.discover();
            StartupTrace.mark("screens found");
            ShellServices services = new ShellServices(settings, background, screens.entries(), new NativeFilePicker(),
                    Platform::exit);
            flow = new StartupFlow(stage, new DataOpener(dataDirectory, Clock.systemUTC(), early.data()), demo, screens.demoFiller(),
                    demoPlatform, services, Clock.systemUTC());
            flow.begin();
        }

        @Override
        public void stop() {
            try {
                MainWindow window = flow == null ? null : flow.windowProperty().get();
                if (window != null) {
                    window.shutdown().get(10, TimeUnit.SECONDS);
                } else if (settings != null) {
                    settings.flush().get(5, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                log().log(Level.WARNING, "Could not finish saving at exit", e);
            } finally {
                closeDemoPlatform();
                if (background != null) {
                    background.shutdown(5_000);
                }
                lock.ifPresent(InstanceLock::close);
            }
        }

        /** After the window's sync has stopped: the demo platform's buyers and server stop too. */
        private void closeDemoPlatform() {
            try {
                if (flow != null) {
                    flow.closeDemoPlatform();
                }
            } catch (RuntimeException e) {
                log().log(Level.WARNING, "Could not stop the demo platform", e);
            }
        }
    }
}
