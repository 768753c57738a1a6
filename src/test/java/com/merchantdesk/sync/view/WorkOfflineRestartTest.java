package com.merchantdesk.sync.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProviders;
import com.merchantdesk.ui.startup.ShellFixture;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Work offline" is the data folder's: switched on in the status bar, it holds after the window closes and opens
 * again on the same folder (the runner does not sync even once; the sandbox sees no request), the status bar says so
 * from the start, and switching it off syncs. The real shell and the Sync entry's own watcher (address from
 * settings.json, token from the token store), on the real sandbox platform in this process.
 */
class WorkOfflineRestartTest {

    private static final String TOKEN = "work-offline-token-0123456789";

    @TempDir Path temp;
    private WindowPlatform platform;
    /** Every request the sandbox answered, one line each. */
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private ShellFixture shell;
    private final ScreenRobot robot = new ScreenRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void platform() {
        platform = WindowPlatform.start(temp, TOKEN, db -> { }, requests::add);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (shell != null) {
                shell.close();
            }
        } finally {
            platform.close();
        }
    }

    @Test
    void workOfflineHoldsAcrossARestartUntilSwitchedOff() throws Exception {
        Path folder = temp.resolve("desk");
        DataDirectory dir = new DataDirectory(folder);
        SettingsStore settings = platform.connect(dir, false);

        shell = open(folder);
        SyncRunner first = runner();
        assertThat(onFx(() -> first.workOfflineProperty().get())).as("a new folder works online").isFalse();
        awaitFx("the first run reached the platform", () -> first.runsFinishedProperty().get() > 0
                && converged(first.lastReportProperty().get()));
        robot.clickOn("#sync-work-offline");
        await("the runner works offline", () -> first.workOfflineProperty().get() && !first.runningProperty().get());
        shell.close();
        shell = null;
        assertThat(settings.load().platform().workOffline()).as("settings.json keeps Work offline").isTrue();
        long runsBefore = syncRuns(folder);
        int requestsBefore = requests.size();
        assertThat(runsBefore).as("the first window's run is in the log").isPositive();

        shell = open(folder);
        SyncRunner second = runner();
        // The watcher set Work offline before it started the runner, on the FX thread while the window was built:
        // a run started then would show as running or finished now.
        assertThat(onFx(() -> second.workOfflineProperty().get())).as("still working offline").isTrue();
        assertThat(onFx(() -> second.runningProperty().get() || second.runsFinishedProperty().get() > 0))
                .as("no run started").isFalse();
        assertThat(onFx(() -> robot.lookup("#sync-work-offline").queryAs(ToggleButton.class).isSelected()))
                .as("the toggle shows it").isTrue();
        assertThat(onFx(() -> robot.lookup("#sync-state").queryAs(Label.class).getText()))
                .isEqualTo(Messages.get("sync.view.status.workingOffline"));
        assertThat(onFx(() -> robot.lookup("#sync-now").query().isDisabled())).as("Sync now is off").isTrue();
        // What waits is shown without a run: the counts are read at start.
        await("the counts were read", () -> second.statusProperty().get() != null);
        assertThat(onFx(() -> second.runningProperty().get() || second.runsFinishedProperty().get() > 0))
                .as("still no run").isFalse();
        assertThat(syncRuns(folder)).as("no sync run recorded while offline").isEqualTo(runsBefore);
        assertThat(requests.size()).as("the platform heard nothing: " + requests.subList(requestsBefore, requests.size()))
                .isEqualTo(requestsBefore);

        robot.clickOn("#sync-work-offline");
        awaitFx("a run after switching Work offline off", () -> second.runsFinishedProperty().get() > 0
                && converged(second.lastReportProperty().get()));
        assertThat(syncRuns(folder)).as("the run is in the log").isEqualTo(runsBefore + 1);
        assertThat(requests.size()).as("the platform was asked").isGreaterThan(requestsBefore);
        assertThat(onFx(() -> robot.lookup("#sync-state").queryAs(Label.class).getText()))
                .isEqualTo(Messages.get("sync.view.status.online"));
        awaitOff("settings.json says the window works online", () -> !settings.load().platform().workOffline());
    }

    private ShellFixture open(Path folder) throws Exception {
        List<ScreenEntry> entries = ScreenProviders.discover().entries().stream()
                .filter(e -> Set.of("sync", "settings").contains(e.id())).toList();
        ShellFixture fixture = ShellFixture.startWithScreens(folder, entries);
        fixture.awaitWindow();
        return fixture;
    }

    private SyncRunner runner() {
        SyncRunner runner = onFx(() -> SyncLink.of(shell.window().status()).runner.get());
        assertThat(runner).as("the window runs sync").isNotNull();
        return runner;
    }

    private long syncRuns(Path folder) throws SQLException {
        Database desk = shell != null ? shell.window().app().database() : null;
        if (desk != null) {
            return desk.read(WorkOfflineRestartTest::countRuns);
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + new DataDirectory(folder).database())) {
            return countRuns(c);
        }
    }

    private static long countRuns(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sync_run"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean converged(SyncReport report) {
        return report != null && report.outcome() == SyncOutcome.CONVERGED;
    }

    /** As {@code FxThread.await}, for a run that may need the runner's whole patience on a busy machine. */
    private static void awaitFx(String what, Callable<Boolean> check) throws Exception {
        awaitOff(what, () -> onFx(check));
    }

    private static void awaitOff(String what, Callable<Boolean> check) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS, check);
        } catch (TimeoutException e) {
            throw new AssertionError(TestTimeouts.timedOut(what), e);
        }
    }
}
