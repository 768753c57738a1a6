package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import com.merchantdesk.StartupTrace;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.BackupService;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.shell.Dialogs;
import com.merchantdesk.ui.shell.MainWindow;
import com.merchantdesk.ui.shell.PlainMessages;
import com.merchantdesk.ui.shell.ShellServices;
import com.merchantdesk.ui.shell.Themes;
import com.merchantdesk.ui.shell.WindowPlacement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * From an empty stage to the main window: shows the window at once with a spinner, opens the data off the FX
 * thread, and deals with a damaged or too-new database in plain words before anything else happens.
 */
public final class StartupFlow {

    private static final Logger LOG = Logger.getLogger(StartupFlow.class.getName());

    /**
     * How long the first show waits for data whose opening began before JavaFX: within it, the main window is
     * shown straight away, which spares the loading view's scene and first layout.
     */
    static final Duration EARLY_DATA_GRACE = Duration.millis(400);

    /** How long after the main window's first frame the data's integrity check starts (a write starts it sooner). */
    static final Duration INTEGRITY_CHECK_PAUSE = Duration.millis(500);

    private final Stage stage;
    private final DataDirectory dir;
    private final DataOpener opener;
    private final boolean demo;
    private final Consumer<AppContext> demoFiller;
    private final DemoPlatform demoPlatform;
    private DemoPlatform.Running runningPlatform;
    private final ShellServices services;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<MainWindow> window = new ReadOnlyObjectWrapper<>();

    /** Opens the data folder itself once the stage shows. */
    public StartupFlow(Stage stage, DataDirectory dir, boolean demo, Consumer<AppContext> demoFiller,
                       ShellServices services, Clock clock) {
        this(stage, new DataOpener(dir, clock, null), demo, demoFiller, services, clock);
    }

    StartupFlow(Stage stage, DataOpener opener, boolean demo, Consumer<AppContext> demoFiller, ShellServices services,
                Clock clock) {
        this(stage, opener, demo, demoFiller, null, services, clock);
    }

    /**
     * {@code demoPlatform}: with {@code demo}, the platform a demo folder syncs with (null: the local-only demo
     * shop).
     */
    StartupFlow(Stage stage, DataOpener opener, boolean demo, Consumer<AppContext> demoFiller, DemoPlatform demoPlatform,
                ShellServices services, Clock clock) {
        this.demoPlatform = demoPlatform;
        this.stage = stage;
        this.dir = opener.dir();
        this.opener = opener;
        this.demo = demo;
        this.demoFiller = demoFiller;
        this.services = services;
        this.clock = clock;
    }

    /** The main window once the data is open; null until then. */
    public ReadOnlyObjectProperty<MainWindow> windowProperty() { return window.getReadOnlyProperty(); }

    /** The demo platform started for this window, if any (null otherwise). */
    public DemoPlatform.Running demoPlatform() { return runningPlatform; }

    /** Stops the demo platform, if one was started; call once the window has shut down (its sync stopped). */
    public void closeDemoPlatform() {
        DemoPlatform.Running running = runningPlatform;
        runningPlatform = null;
        if (running != null) {
            running.close();
        }
    }

    public void begin() {
        stage.setTitle(Messages.get("app.name"));
        WindowPlacement.restore(stage, services.settings().get().window());
        CompletableFuture<AppContext> early = opener.pending();
        if (early == null || demo) {
            open();
            stage.show();
            return;
        }
        AtomicBoolean shown = new AtomicBoolean();
        Runnable showOnce = () -> {
            if (!shown.getAndSet(true)) {
                showWithEarlyData();
            }
        };
        early.whenComplete((app, failure) -> Platform.runLater(showOnce));
        PauseTransition grace = new PauseTransition(EARLY_DATA_GRACE);
        grace.setOnFinished(e -> showOnce.run());
        grace.play();
    }

    /** The main window if the data is open by now, else the loading view until it is (or a problem if it fails). */
    private void showWithEarlyData() {
        AppContext app = opener.openedAlready();
        if (app != null) {
            opened(new OpenDataTask.Opened(app, null));
        } else {
            open();
        }
        stage.show();
        StartupTrace.mark("window shown");
    }

    private void open() {
        OpenDataTask task = new OpenDataTask(opener, demo, demoFiller, demo ? demoPlatform : null,
                services.settings().get().platform().address());
        showLoading(LoadingView.create(task.messageProperty()));
        task.setOnSucceeded(e -> opened(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "Cannot open the data folder " + dir.root(), task.getException());
            StartupProblem problem = StartupProblem.of(task.getException());
            showLoading(LoadingView.stopped(problem.headline()));
            afterPaint(() -> handle(problem));
        });
        services.background().execute(task);
    }

    /**
     * Runs {@code dialog} once the window has painted its current view: a modal dialog opened before the first
     * frame leaves the window behind it blank on some X servers. Dialogs may not wait inside an animation
     * callback, hence the hop through {@code runLater}.
     */
    private static void afterPaint(Runnable dialog) {
        PauseTransition pause = new PauseTransition(Duration.millis(200));
        pause.setOnFinished(e -> Platform.runLater(dialog));
        pause.play();
    }

    private void showLoading(Parent loading) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(loading);
            scene.getStylesheets().add(Themes.shellStylesheet());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(loading);
        }
    }

    private void opened(OpenDataTask.Opened opened) {
        StartupTrace.mark("data open, building the main window");
        if (opened.platform() != null) {
            // Before the window (and its sync runner) is built: the runner reads the address when it starts.
            runningPlatform = opened.platform();
            String address = opened.platform().address();
            services.settings().update(s -> s.withPlatform(s.platform().withAddress(address)));
        }
        MainWindow main = new MainWindow(stage, opened.app(), services);
        main.install();
        window.set(main);
        StartupTrace.mark("main window built");
        StartupProbe.reportAfterNextPulse(stage.getScene(), main);
        AppContext app = opened.app();
        // The check reads the whole file: started once the first frame is on screen, it does not slow it down.
        AfterNextPulse.runAfter(stage.getScene(), INTEGRITY_CHECK_PAUSE, () -> {
            if (main.app() == app) {
                watchIntegrity(main, app);
            }
        });
        if (opened.demoFailure() != null) {
            String reason = PlainMessages.of(opened.demoFailure());
            main.status().show(reason);
            Dialogs.error(stage, Messages.get("startup.demoFailed"), reason).show();
        }
    }

    /**
     * The data may have been opened with its check still to run (see
     * {@link AppContext#openCheckingInBackground}): if the check finds damage, the seller gets the same choice as
     * at start, over the open window: restore a backup, or quit. Nothing has been written meanwhile.
     */
    private void watchIntegrity(MainWindow main, AppContext app) {
        app.database().integrityChecked().whenComplete((ok, failure) -> {
            if (failure != null) {
                Platform.runLater(() -> {
                    // A backup restored since replaced this data; its verdict no longer matters.
                    if (main.app() == app) {
                        handleOverWindow(main, StartupProblem.of(failure));
                    }
                });
            }
        });
    }

    private void handleOverWindow(MainWindow main, StartupProblem problem) {
        LOG.warning("The data check failed after the window opened: " + problem.detail());
        if (!(problem instanceof StartupProblem.Damaged damaged)) {
            Dialogs.error(stage, problem.headline(), problem.detail(), Dialogs.quit()).showAndWait();
            services.quit().run();
            return;
        }
        Optional<Path> chosen = DamagedDatabaseDialog.create(stage, damaged, dir.backups(),
                BackupFiles.newestFirst(dir.backups()), services.files()).showAndWait();
        if (chosen.isEmpty()) {
            services.quit().run();
            return;
        }
        main.restoreFrom(chosen.get());
    }

    private void handle(StartupProblem problem) {
        if (problem instanceof StartupProblem.Damaged damaged) {
            offerRestore(damaged);
            return;
        }
        Dialogs.error(stage, problem.headline(), problem.detail(), Dialogs.quit()).showAndWait();
        services.quit().run();
    }

    private void offerRestore(StartupProblem.Damaged damaged) {
        List<BackupFiles.Backup> backups = BackupFiles.newestFirst(dir.backups());
        Optional<Path> chosen = DamagedDatabaseDialog.create(stage, damaged, dir.backups(), backups, services.files())
                .showAndWait();
        if (chosen.isEmpty()) {
            services.quit().run();
            return;
        }
        restoreThenOpen(chosen.get(), damaged);
    }

    private void restoreThenOpen(Path backup, StartupProblem.Damaged damaged) {
        SimpleStringProperty message = new SimpleStringProperty(Messages.get("settings.restore.running"));
        showLoading(LoadingView.create(message));
        Task<Void> restore = new Task<>() {
            @Override
            protected Void call() {
                new BackupService(clock).restore(dir, backup);
                return null;
            }
        };
        restore.setOnSucceeded(e -> open());
        restore.setOnFailed(e -> {
            LOG.log(Level.WARNING, "Restore of " + backup + " failed", restore.getException());
            // The damaged file is still in place: say why this backup did not work and offer the list again.
            showLoading(LoadingView.stopped(damaged.headline()));
            afterPaint(() -> {
                Dialogs.error(stage, Messages.get("settings.restore.failedHeader"), PlainMessages.of(restore.getException()))
                        .showAndWait();
                offerRestore(damaged);
            });
        });
        services.background().execute(restore);
    }
}
