package com.merchantdesk.ui.shell;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: navigation rail, the shown screen under its title and toolbar, and the status bar.
 * Changing the language or restoring a backup builds the screens anew, so every text and every screen's
 * data follow at once.
 */
public final class MainWindow {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final Stage stage;
    private final ShellServices services;
    private final StatusBarModel status = new StatusBarModel();
    private final FailureReporter failures;
    private AppContext app;
    private Scene scene;
    private ShellLayout layout;
    private SyncStateMonitor monitor;
    /** The rail's screens, Settings last; each is built the first time it is shown. */
    private List<ScreenEntry> entries = List.of();
    private final Map<String, Screen> built = new HashMap<>();
    private ScreenContext context;
    private Screen shown;
    private final Map<KeyCombination, Runnable> screenKeys = new LinkedHashMap<>();
    private CompletableFuture<Void> closed;
    /** The running watchers of the entries that have one ({@link ScreenEntry#watcher()}). */
    private final List<AutoCloseable> watchers = new ArrayList<>();

    public MainWindow(Stage stage, AppContext app, ShellServices services) {
        this.stage = stage;
        this.app = app;
        this.services = services;
        this.failures = new FailureReporter(status, () -> stage);
    }

    /** Puts the shell into the stage (which may already show the start-up scene) and opens the last screen. */
    public void install() {
        services.background().setUnhandledFailureHandler(failures::report);
        services.settings().setOnSaveFailed(failures::report);
        services.settings().property().addListener((obs, before, after) -> settingsChanged(before, after));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> shutdown());
        // Records a sync run received: the screen shown reads its rows again (the others do when next shown).
        status.addChangedElsewhereListener(() -> {
            if (shown != null && closed == null) {
                shown.onShown();
            }
        });
        WindowPlacement.track(stage, bounds -> services.settings().update(s -> s.withWindow(bounds)));
        build(services.settings().get().lastScreen());
    }

    public StatusBarModel status() { return status; }

    /** Shows a failure that escaped everything else (notification, status bar, log). */
    public void reportFailure(Throwable failure) { failures.report(failure); }

    public AppContext app() { return app; }

    public Scene scene() { return scene; }

    /** Ids of the screens in rail order, Settings last. */
    public List<String> screenIds() { return entries.stream().map(ScreenEntry::id).toList(); }

    public String shownScreenId() { return shown == null ? "" : shown.id(); }

    /** Shows the screen with {@code id}; unknown ids are ignored. */
    public void select(String id) {
        findEntry(id).ifPresent(this::show);
    }

    /**
     * Saves the window's place and closes the database, off the FX thread; the future completes once both are
     * done. Called when the window hides; calling it again returns the same future.
     */
    public CompletableFuture<Void> shutdown() {
        if (closed != null) {
            return closed;
        }
        if (!stage.isIconified() && !stage.isMaximized() && stage.getWidth() > 0) {
            services.settings().update(s -> s.withWindow(WindowPlacement.capture(stage)));
        }
        if (monitor != null) {
            monitor.stop();
        }
        stopWatchers();
        AppContext open = app;
        closed = services.settings().flush()
                .handle((ok, saveFailure) -> null)
                .thenRunAsync(open::close, services.background());
        return closed;
    }

    private void build(String preferredScreen) {
        if (monitor != null) {
            monitor.stop();
        }
        stopWatchers();
        context = new ScreenContext(app, services.background(), status, () -> stage,
                new ShellControls(services.settings(), services.files(), this::restoreFrom));
        entries = settingsLast(services.screens());
        built.clear();
        shown = null;
        Map<String, KeyCombination> keys = screenKeys();
        layout = new ShellLayout(entries, keys, status, this::select);
        if (scene == null) {
            // Take over the start-up scene rather than replacing it, so the window does not flicker or resize.
            scene = stage.getScene();
            if (scene == null) {
                // At the window's restored size from the start: laid out first at its preferred size, the
                // screens' splits would keep that size's detail panes when the window then grows.
                boolean sized = stage.getWidth() > 0 && stage.getHeight() > 0;
                scene = sized ? new Scene(layout.root(), stage.getWidth(), stage.getHeight()) : new Scene(layout.root());
                stage.setScene(scene);
            } else {
                scene.setRoot(layout.root());
            }
            if (!scene.getStylesheets().contains(Themes.shellStylesheet())) {
                scene.getStylesheets().add(Themes.shellStylesheet());
            }
            installWindowKeys();
        } else {
            scene.setRoot(layout.root());
        }
        status.show("");
        app.database().setWriteWaitListener(new StatusBarWaits(status));
        monitor = new SyncStateMonitor(app.database(), services.background(), status);
        monitor.start();
        startWatchers();
        ScreenEntry first = findEntry(preferredScreen).orElse(entries.get(0));
        if (!show(first)) {
            // One broken screen must not keep the seller out of the others: open the first that builds.
            for (ScreenEntry other : entries) {
                if (other != first && show(other)) {
                    break;
                }
            }
        }
    }

    private void startWatchers() {
        for (ScreenEntry entry : entries) {
            if (entry.watcher() == null) {
                continue;
            }
            try {
                watchers.add(entry.watcher().apply(context));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The watcher of " + entry.id() + " could not start", e);
            }
        }
    }

    private void stopWatchers() {
        for (AutoCloseable watcher : watchers) {
            try {
                watcher.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "A screen's watcher did not stop cleanly", e);
            }
        }
        watchers.clear();
    }

    /** The registered screens with Settings last (the rail puts the last apart at the bottom). */
    private static List<ScreenEntry> settingsLast(List<ScreenEntry> screens) {
        List<ScreenEntry> all = new ArrayList<>(screens.stream().filter(e -> !isSettings(e)).toList());
        all.add(screens.stream().filter(MainWindow::isSettings).findFirst()
                .orElseThrow(() -> new IllegalStateException("No settings screen is registered")));
        return List.copyOf(all);
    }

    private static boolean isSettings(ScreenEntry entry) { return entry.id().equals(ScreenProvider.SETTINGS_ID); }

    private Map<String, KeyCombination> screenKeys() {
        Map<String, KeyCombination> keys = new LinkedHashMap<>();
        List<ScreenEntry> numbered = entries.subList(0, entries.size() - 1);
        for (int i = 0; i < numbered.size(); i++) {
            String id = numbered.get(i).id();
            ShellShortcuts.screen(i).ifPresent(key -> keys.put(id, key));
        }
        keys.put(ScreenProvider.SETTINGS_ID, ShellShortcuts.SETTINGS);
        return keys;
    }

    /** Window-wide keys; they look up the current screens, so they survive a rebuild. */
    private void installWindowKeys() {
        for (int i = 0; i < ShellShortcuts.MAX_NUMBERED_SCREENS; i++) {
            int index = i;
            ShellShortcuts.screen(i).ifPresent(key -> scene.getAccelerators().put(key, () -> {
                if (index < entries.size() - 1) {
                    show(entries.get(index));
                }
            }));
        }
        scene.getAccelerators().put(ShellShortcuts.SETTINGS, () -> select(ScreenProvider.SETTINGS_ID));
        scene.getAccelerators().put(ShellShortcuts.HELP, this::showShortcutHelp);
        // Closing the window saves its place and closes the database (see shutdown), then the app ends.
        scene.getAccelerators().put(ShellShortcuts.QUIT, stage::close);
    }

    /** Shows the entry's screen, building it the first time; false when it could not be built. */
    private boolean show(ScreenEntry entry) {
        if (layout.isBusy()) {
            return false;
        }
        Screen screen = built.get(entry.id());
        if (screen == null) {
            try {
                screen = entry.build(context);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The screen " + entry.id() + " could not be built", e);
                failures.report(e);
                layout.keepSelection();
                return false;
            }
            built.put(entry.id(), screen);
        }
        if (screen == shown && layout.isShowing(screen)) {
            return true;
        }
        shown = screen;
        layout.show(screen);
        stage.setTitle(Messages.get("window.title", Messages.get(screen.titleKey())));
        replaceScreenKeys(screen);
        services.settings().update(s -> s.withLastScreen(entry.id()));
        screen.onShown();
        return true;
    }

    private void replaceScreenKeys(Screen screen) {
        screenKeys.forEach((key, action) -> scene.getAccelerators().remove(key, action));
        screenKeys.clear();
        screen.shortcuts().forEach((key, action) -> {
            // The window's own keys win, so Ctrl+1 always means the first screen.
            if (!scene.getAccelerators().containsKey(key)) {
                screenKeys.put(key, action);
                scene.getAccelerators().put(key, action);
            }
        });
    }

    private Optional<ScreenEntry> findEntry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void showShortcutHelp() {
        List<ShortcutHelp.Entry> help = new ArrayList<>();
        for (int i = 0; i < entries.size() - 1; i++) {
            String titleKey = entries.get(i).titleKey();
            ShellShortcuts.screen(i).ifPresent(key -> help.add(new ShortcutHelp.Entry(key.getDisplayText(),
                    Messages.get("shortcuts.open", Messages.get(titleKey)))));
        }
        help.add(new ShortcutHelp.Entry(ShellShortcuts.SETTINGS.getDisplayText(),
                Messages.get("shortcuts.open", Messages.get("nav.settings"))));
        help.add(new ShortcutHelp.Entry(ShellShortcuts.HELP.getDisplayText(), Messages.get("shortcuts.help")));
        help.add(new ShortcutHelp.Entry(ShellShortcuts.QUIT.getDisplayText(), Messages.get("shortcuts.quit")));
        Map<KeyCombination, String> descriptions = shown.shortcutDescriptionKeys();
        screenKeys.keySet().stream()
                .sorted(java.util.Comparator.comparing(KeyCombination::getDisplayText))
                .forEach(key -> help.add(new ShortcutHelp.Entry(key.getDisplayText(),
                        descriptions.containsKey(key) ? Messages.get(descriptions.get(key))
                                : Messages.get("shortcuts.onScreen", Messages.get(shown.titleKey())))));
        ShortcutHelp.dialog(stage, help).show();
    }

    private void settingsChanged(Settings before, Settings after) {
        boolean languageChanged = !before.languageTag().equals(after.languageTag());
        if (languageChanged) {
            Messages.setLocale(after.locale());
        }
        if (languageChanged || !before.theme().equals(after.theme())) {
            Themes.apply(after.theme(), after.locale());
        }
        if (languageChanged) {
            // Rebuild after the current event: the control that changed the language is about to be replaced.
            Platform.runLater(() -> build(shownScreenId()));
        }
    }

    /** Closes the database, puts the backup in its place, opens it again and rebuilds every screen. */
    public void restoreFrom(Path backup) {
        layout.busy(Messages.get("settings.restore.running"));
        status.progressProperty().set(-1);
        monitor.stop();
        AppContext before = app;
        AtomicBoolean beforeClosed = new AtomicBoolean();
        Task<DataSafety.Restored> task = new Task<>() {
            @Override
            protected DataSafety.Restored call() {
                return DataSafety.restore(before, backup, beforeClosed);
            }
        };
        task.setOnSucceeded(e -> {
            status.progressProperty().set(0);
            DataSafety.Restored restored = task.getValue();
            app = restored.app();
            build(shownScreenId());
            if (restored.failure() == null) {
                status.show(Messages.get("settings.restore.done", backup.getFileName()));
                Dialogs.info(stage, Messages.get("settings.restore.doneHeader"),
                        Messages.get("settings.restore.done", backup)).show();
            } else {
                LOG.log(Level.WARNING, "Restore failed", restored.failure());
                Dialogs.error(stage, Messages.get("settings.restore.failedHeader"),
                        PlainMessages.of(restored.failure())).show();
            }
        });
        task.setOnFailed(e -> {
            status.progressProperty().set(0);
            LOG.log(Level.WARNING, "Restore failed", task.getException());
            if (beforeClosed.get()) {
                // The old database is closed and the folder would not open again: nothing safe is left to show.
                Dialogs.error(stage, Messages.get("settings.restore.failedHeader"),
                        PlainMessages.of(task.getException()) + "\n\n" + Messages.get("settings.restore.mustQuit"),
                        Dialogs.quit()).showAndWait();
                services.quit().run();
                return;
            }
            layout.idle();
            monitor.start();
            Dialogs.error(stage, Messages.get("settings.restore.failedHeader"), PlainMessages.of(task.getException())).show();
        });
        services.background().execute(task);
    }

    Node shownContent() { return layout.content(); }
}
