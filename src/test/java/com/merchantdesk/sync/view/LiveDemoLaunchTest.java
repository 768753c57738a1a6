package com.merchantdesk.sync.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.cli.WindowArguments;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.store.Database;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.sync.SyncStatus;
import com.merchantdesk.sync.connection.KeyFolder;
import com.merchantdesk.sync.demo.LiveDemoPlatform;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.shell.ScreenProviders;
import com.merchantdesk.ui.startup.ShellFixture;
import com.merchantdesk.ui.testsupport.FxThread;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's {@code --demo} start, headless, the way the launcher starts it: the demo folder starts empty, gets the
 * embedded platform's demo shop and year of orders through the window's sync runner, and an order taken while
 * working offline waits in the outbox until the seller goes back online.
 */
class LiveDemoLaunchTest {

    /** The first sync receives the whole demo year (thousands of records): a few safety periods on a busy machine. */
    private static final long FIRST_SYNC_MILLIS = TestTimeouts.safetyMillis() * 4;

    @TempDir Path temp;
    private ShellFixture shell;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void privateTokenStore() {
        // The token goes into an encrypted file whose key lives here, never in the tester's own keyring or home.
        System.setProperty(KeyFolder.PROPERTY, temp.resolve("config").toString());
        System.setProperty("merchantdesk.keyring", "off");
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (shell != null) {
                shell.close();
                shell.flow.closeDemoPlatform();
            }
        } finally {
            System.clearProperty(KeyFolder.PROPERTY);
            System.clearProperty("merchantdesk.keyring");
        }
    }

    @Test
    void theDemoDeskGetsThePlatformsShopByItsFirstSyncAndAnOrderTakenOfflineGoesUpOnceBackOnline() throws Exception {
        Path folder = temp.resolve("demo");
        // The app's own screens for what the newcomer watches; the shipping ones' timers would outlive this window.
        shell = ShellFixture.startDemo(folder, WindowArguments.livePlatform(), ScreenProviders.discover().entries().stream()
                .filter(e -> java.util.Set.of("products", "orders", "sync", "settings").contains(e.id())).toList());
        shell.awaitWindow();
        SyncRunner runner = onFx(() -> SyncLink.of(shell.window().status()).runner.get());
        assertThat(runner).as("the window runs sync").isNotNull();
        assertThat(shell.settings.get().platform().address()).as("the embedded platform's address in the settings")
                .startsWith("http://127.0.0.1:").isEqualTo(shell.flow.demoPlatform().address());

        awaitLong("the first sync reaches the platform", () -> converged(runner.lastReportProperty().get()));
        Database desk = shell.window().app().database();
        Path platformDb = LiveDemoPlatform.folderOf(shell.dir).resolve(SandboxDatabase.FILE_NAME);
        long firstRunStarted = desk.read(c -> count(c, "SELECT min(started_at) FROM sync_run"));
        assertThat(countOnPlatform(platformDb, "SELECT count(*) FROM sku")).as("the demo account's SKUs").isGreaterThan(1000);
        long deskSkus = desk.read(c -> count(c, "SELECT count(*) FROM sku"));
        assertThat(deskSkus)
                .as("every SKU of the platform's demo shop").isEqualTo(countOnPlatform(platformDb, "SELECT count(*) FROM sku"));
        long yearOfOrders = countOnPlatform(platformDb, "SELECT count(*) FROM orders WHERE created_at < " + firstRunStarted);
        assertThat(yearOfOrders).as("the demo year of online orders").isGreaterThan(500);
        long deskPlatformOrders = desk.read(c -> count(c, "SELECT count(*) FROM orders"));
        assertThat(deskPlatformOrders)
                .as("every platform order placed before the first sync began").isGreaterThanOrEqualTo(yearOfOrders);

        runFx(() -> runner.workOfflineProperty().set(true));
        FxThread.await("the run under way has stopped", () -> !runner.runningProperty().get());
        String skuId = desk.read(c -> text(c, "SELECT sku_id FROM stock_level ORDER BY on_hand - reserved DESC, sku_id LIMIT 1"));
        Order taken = shell.window().app().orders().create(Shop.paid(Shop.draft(skuId, 1)));
        runFx(() -> shell.window().status().changesSaved());
        runFx(runner::syncNow);
        FxThread.await("the counts show the order waiting", () -> runner.statusProperty().get() != null
                && runner.statusProperty().get().queued() > 0);
        assertThat(onFx(() -> runner.runningProperty().get())).as("Sync now does nothing while offline").isFalse();
        assertThat(countOnPlatform(platformDb, "SELECT count(*) FROM orders WHERE id = '" + taken.id() + "'"))
                .as("not on the platform while offline").isZero();

        int runsBefore = onFx(() -> runner.runsFinishedProperty().get());
        runFx(() -> runner.workOfflineProperty().set(false));
        awaitLong("a run after going back online", () -> runner.runsFinishedProperty().get() > runsBefore
                && converged(runner.lastReportProperty().get()));
        assertThat(countOnPlatform(platformDb, "SELECT count(*) FROM orders WHERE id = '" + taken.id() + "'"))
                .as("the order taken offline is on the platform").isEqualTo(1);
        SyncStatus after = onFx(() -> runner.lastReportProperty().get().status());
        assertThat(after.queued() + after.sending() + after.failed()).as("nothing left waiting").isZero();
    }

    private static boolean converged(SyncReport report) {
        return report != null && report.outcome() == SyncOutcome.CONVERGED;
    }

    private static void awaitLong(String what, Callable<Boolean> check) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(FIRST_SYNC_MILLIS, TimeUnit.MILLISECONDS, () -> onFx(check));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(TestTimeouts.timedOut(what), e);
        }
    }

    /** Reads the platform's own database beside the running server (SQLite lets a reader in alongside). */
    private static long countOnPlatform(Path platformDb, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + platformDb)) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
