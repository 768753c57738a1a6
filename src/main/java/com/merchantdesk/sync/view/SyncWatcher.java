package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.sync.SyncSetup;
import com.merchantdesk.sync.SyncStatus;
import com.merchantdesk.sync.connection.PlatformConnections;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.sync.connection.TokenSource;
import com.merchantdesk.sync.connection.TokenStores;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.shell.ScreenContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * The Sync screen entry's watcher, running while the window is open: the {@link SyncRunner}, its part of the status
 * bar ({@link SyncStatusBar}), the counts of what waits, failed and conflicts as indicators that open the Sync
 * screen on their section, and the notifications: new platform orders, a new conflict, and sync failing for longer
 * than {@link #FAILING_FOR} (once, not on every retry).
 */
public final class SyncWatcher implements AutoCloseable {

    static final Duration FAILING_FOR = Duration.ofMinutes(3);

    private final SyncRunner runner;
    private final StatusBarModel status;
    private final Supplier<Window> owner;
    private final Clock clock;
    private final StatusBarModel.Indicator pending;
    private final StatusBarModel.Indicator failed;
    private final StatusBarModel.Indicator conflicts;
    private Long conflictsSeen;
    private Instant failingSince;
    private boolean failureAnnounced;
    /** While a run receives records, the screen shown reads them at most this often (the catalogue visibly arrives). */
    private final javafx.animation.PauseTransition receivedLater = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));

    SyncWatcher(SyncRunner runner, StatusBarModel status, Supplier<Window> owner, Clock clock) {
        this.runner = runner;
        this.status = status;
        this.owner = owner;
        this.clock = clock;
        receivedLater.setOnFinished(e -> status.changedElsewhere());
        SyncLink link = SyncLink.of(status);
        pending = new StatusBarModel.Indicator("sync-pending", SyncScreen.ID, new SimpleStringProperty(""), "",
                () -> link.section.set(SyncScreen.OUTBOX));
        failed = new StatusBarModel.Indicator("sync-failed", SyncScreen.ID, new SimpleStringProperty(""), "danger",
                () -> link.section.set(SyncScreen.OUTBOX));
        conflicts = new StatusBarModel.Indicator("sync-conflicts", SyncScreen.ID, new SimpleStringProperty(""), "warning",
                () -> link.section.set(SyncScreen.CONFLICTS));
    }

    /** The entry's watcher in the window: the platform from Settings → Platform, the token from the store. */
    public static SyncWatcher start(ScreenContext context) {
        DataDirectory dir = context.app().dataDirectory();
        PreferencesAccess preferences = preferences(context);
        Clock clock = context.app().clock();
        SyncRunner.EngineSource engines = () -> {
            PlatformPreferences now = preferences.get();
            if (now.address() == null || now.address().isBlank()) {
                return Optional.empty();
            }
            // Made here, off the FX thread: the keyring may be asked over D-Bus.
            TokenSource tokens = TokenSource.withEnvironment(TokenStores.forDataFolder(dir), System.getenv());
            if (tokens.current().isEmpty()) {
                return Optional.empty();
            }
            PlatformConnections connections = new PlatformConnections(preferences::get, tokens);
            return Optional.of(SyncSetup.engine(context.app().database(), dir.root(), connections.endpoint(), clock,
                    deskName()));
        };
        return start(new SyncRunner(context.app().database(), engines, clock, context.background()), context, preferences);
    }

    /** Starts the watcher on a runner (tests give one on their own sandbox). Call on the FX thread. */
    static SyncWatcher start(SyncRunner runner, ScreenContext context) {
        return start(runner, context, preferences(context));
    }

    private static SyncWatcher start(SyncRunner runner, ScreenContext context, PreferencesAccess preferences) {
        SyncWatcher watcher = new SyncWatcher(runner, context.status(), context.owner(), context.app().clock());
        watcher.install(preferences);
        return watcher;
    }

    /** The window's settings own {@code settings.json} while it runs; a screen shown alone reads the file. */
    private static PreferencesAccess preferences(ScreenContext context) {
        return context.shell() != null
                ? new ShellPreferences(context.shell().settings())
                : PreferencesAccess.of(new SettingsStore(context.app().dataDirectory().settingsFile()));
    }

    private void install(PreferencesAccess preferences) {
        // "Work offline" is the data folder's (settings.json), set before the first run: a desk left offline does
        // not sync even once at start, and the status bar says so from its first frame.
        runner.workOfflineProperty().set(preferences.get().workOffline());
        runner.workOfflineProperty().addListener((obs, was, now) -> preferences.update(p -> p.withWorkOffline(now)));
        SyncLink.of(status).runner.set(runner);
        status.indicators().addAll(pending, failed, conflicts);
        status.syncViewProperty().set(SyncStatusBar.view(runner, ZoneId::systemDefault));
        status.addChangesSavedListener(runner.changesSavedListener());
        runner.statusProperty().addListener((obs, before, now) -> counts(now));
        runner.lastReportProperty().addListener((obs, before, now) -> afterRun(now));
        runner.progressProperty().addListener((obs, before, now) -> {
            if (now != null && before != null && now.pulled() > before.pulled()
                    && receivedLater.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                receivedLater.playFromStart();
            }
        });
        runner.setOnNewOrders(this::newOrders);
        if (SyncPulseProbe.enabled()) {
            SyncPulseProbe.watch(runner, owner);
        } else {
            runner.start();
        }
    }

    SyncRunner runner() { return runner; }

    private void counts(SyncStatus s) {
        boolean show = s != null && !s.localOnly();
        long waiting = show ? s.queued() + s.sending() + s.blocked() : 0;
        pending.text().set(waiting == 0 ? "" : Messages.get("sync.view.status.pending", waiting));
        failed.text().set(!show || s.failed() == 0 ? "" : Messages.get("sync.view.status.failed", s.failed()));
        conflicts.text().set(!show || s.conflicts() == 0 ? "" : Messages.get("sync.view.status.conflicts", s.conflicts()));
        if (s != null) {
            if (conflictsSeen != null && s.conflicts() > conflictsSeen) {
                notify("sync.view.notify.conflict", Messages.get("sync.view.notify.conflictText", s.conflicts() - conflictsSeen), true);
            }
            conflictsSeen = s.conflicts();
        }
    }

    private void afterRun(SyncReport report) {
        if (report == null) {
            return;
        }
        if (report.pulled() > 0) {
            receivedLater.stop();
            status.changedElsewhere();
        }
        boolean failing = report.outcome() == SyncOutcome.INCOMPLETE || report.outcome() == SyncOutcome.TOKEN_REFUSED;
        if (!failing) {
            failingSince = null;
            failureAnnounced = false;
            return;
        }
        Instant now = clock.instant();
        if (failingSince == null) {
            failingSince = now;
        }
        if (!failureAnnounced && Duration.between(failingSince, now).compareTo(FAILING_FOR) >= 0) {
            failureAnnounced = true;
            notify("sync.view.notify.failing", Messages.get("sync.view.notify.failingText",
                    Duration.between(failingSince, now).toMinutes(), report.message()), true);
        }
    }

    private void newOrders(long count) {
        notify("sync.view.notify.orders", Messages.get("sync.view.notify.ordersText", count), false);
    }

    private void notify(String titleKey, String text, boolean warning) {
        status.show(text);
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().owner(window).title(Messages.get(titleKey)).text(text)
                .hideAfter(javafx.util.Duration.seconds(10));
        if (warning) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }

    @Override
    public void close() {
        receivedLater.stop();
        runner.close();
        status.indicators().removeAll(pending, failed, conflicts);
        status.syncViewProperty().set(null);
        status.removeChangesSavedListener(runner.changesSavedListener());
        SyncLink link = SyncLink.of(status);
        if (link.runner.get() == runner) {
            link.runner.set(null);
        }
    }

    private static String deskName() {
        String host = System.getenv("HOSTNAME");
        return "Merchant Desk" + (host == null || host.isBlank() ? "" : " on " + host);
    }

}
