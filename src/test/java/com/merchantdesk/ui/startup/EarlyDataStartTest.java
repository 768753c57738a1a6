package com.merchantdesk.ui.startup;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.DatabaseDamagedException;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.shell.MainWindow;
import com.merchantdesk.ui.testsupport.FxThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Start-up with the data opened before JavaFX started (as {@link DesktopLauncher} does): the main window comes
 * straight up when the data is ready in time, the loading view bridges a slow opening, and a failed opening
 * gets the same dialogs as before.
 */
@ExtendWith(EnglishMessages.class)
class EarlyDataStartTest extends FxRobot {

    @TempDir Path temp;
    private ShellFixture shell;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.close();
        }
    }

    @Test
    void dataOpenInTimeShowsTheMainWindowFirstAndUsesThatData() throws Exception {
        Path root = temp.resolve("shop");
        AppContext opened = AppContext.open(new DataDirectory(root), Clock.systemUTC());

        shell = ShellFixture.startWithEarlyData(root, CompletableFuture.completedFuture(opened), "alpha");
        MainWindow window = shell.awaitWindow();

        assertThat(window.app()).isSameAs(opened);
        assertThat(shell.firstShownRoot.getStyleClass()).as("no loading view first").contains("shell");
    }

    @Test
    void slowOpeningShowsTheLoadingViewUntilTheDataIsThere() throws Exception {
        Path root = temp.resolve("shop");
        CompletableFuture<AppContext> early = new CompletableFuture<>();

        shell = ShellFixture.startWithEarlyData(root, early, "alpha");
        await("the window is showing", () -> shell.stage.isShowing());
        assertThat(shell.firstShownRoot.getStyleClass()).contains("loading-view");
        assertThat(shell.window()).isNull();

        AppContext opened = AppContext.open(new DataDirectory(root), Clock.systemUTC());
        early.complete(opened);
        assertThat(shell.awaitWindow().app()).isSameAs(opened);
    }

    @Test
    void failedOpeningGetsTheDamagedDialogAndARestoreOpensAnew() throws Exception {
        Path root = temp.resolve("shop");
        DataDirectory dir = new DataDirectory(root).ensureExists();
        Path backup;
        try (AppContext source = AppContext.open(new DataDirectory(temp.resolve("source")), Clock.systemUTC())) {
            backup = source.backups().backup(source.database(), dir.backups().resolve("good.db"));
        }
        Files.writeString(dir.database(), "not a database ".repeat(400), StandardCharsets.UTF_8);
        CompletableFuture<AppContext> early = CompletableFuture.supplyAsync(() -> AppContext.open(dir, Clock.systemUTC()));
        assertThat(early).failsWithin(TestTimeouts.SAFETY).withThrowableThat()
                .withCauseInstanceOf(DatabaseDamagedException.class);

        shell = ShellFixture.startWithEarlyData(root, early, "alpha");
        await("the damaged-data dialog is shown",
                () -> lookup("#damaged-dialog").tryQuery().filter(FxThread::shown).isPresent());
        clickOn("Restore selected backup");

        MainWindow window = shell.awaitWindow();
        assertThat(window.app().database().file()).isEqualTo(dir.database());
        assertThat(Files.exists(backup)).isTrue();
    }

    @Test
    void damageFoundAfterTheWindowOpenedOffersTheBackupsOverTheWindow() throws Exception {
        Path root = temp.resolve("shop");
        DataDirectory dir = new DataDirectory(root).ensureExists();
        Path backup;
        try (AppContext source = AppContext.open(new DataDirectory(temp.resolve("source")), Clock.systemUTC())) {
            source.catalog().save(new com.merchantdesk.catalog.ProductInput(null, "Good mug", "", "Kitchen", "active",
                    java.util.List.of(), java.util.List.of(new com.merchantdesk.catalog.ProductInput.SkuInput(null, "GOOD-1",
                            java.util.List.of(), "", "9.50", "", "", "", "")), java.util.List.of(), null),
                    java.util.Currency.getInstance("USD"));
            backup = source.backups().backup(source.database(), dir.backups().resolve("good.db"));
        }
        damageADataPage(dir);
        CompletableFuture<AppContext> early = CompletableFuture.supplyAsync(
                () -> AppContext.openCheckingInBackground(dir, Clock.systemUTC()));
        AppContext damaged = early.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);

        shell = ShellFixture.startWithEarlyData(root, early, "alpha");
        MainWindow window = shell.awaitWindow();
        assertThat(window.app()).as("the window opened on the data while it was checked").isSameAs(damaged);
        await("the damaged-data dialog is shown over the window",
                () -> lookup("#damaged-dialog").tryQuery().filter(FxThread::shown).isPresent());
        clickOn("Restore selected backup");

        await("the window works on the restored data", () -> window.app() != damaged);
        assertThat(window.app().catalog().findByScan("GOOD-1")).isPresent();
        assertThat(Files.exists(backup)).isTrue();
        assertThat(shell.quits.get()).isZero();
    }

    /** Garbage over one leaf page of a big plain table: the file opens, only quick_check finds it. */
    private static void damageADataPage(DataDirectory dir) throws Exception {
        AppContext.open(dir, Clock.systemUTC()).close();
        Path file = dir.database();
        int page;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bulk (x TEXT)");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                    + "INSERT INTO bulk SELECT printf('%0500d', i) FROM n");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (var rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                page = rs.getInt(1);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        long pages = bytes.length / page;
        java.util.Arrays.fill(bytes, (int) (pages * 3 / 4) * page, (int) (pages * 3 / 4 + 1) * page, (byte) 0x5a);
        Files.write(file, bytes);
    }

    @Test
    void earlyStartReadsTheSettingsAndRethrowsFailuresAsRaised() throws Exception {
        DataDirectory dir = new DataDirectory(temp.resolve("shop")).ensureExists();
        new SettingsStore(dir.settingsFile()).save(Settings.defaults().withTheme(Settings.DARK));

        EarlyStart early = EarlyStart.begin(dir, Clock.systemUTC());
        assertThat(early.settings().theme()).isEqualTo(Settings.DARK);
        try (AppContext app = early.data().get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)) {
            assertThat(app.dataDirectory()).isEqualTo(dir);
        }

        CompletableFuture<AppContext> failed = CompletableFuture.failedFuture(new DatabaseDamagedException(dir.database(), "bad"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EarlyStart.unwrapped(failed))
                .isInstanceOf(DatabaseDamagedException.class);
    }
}
