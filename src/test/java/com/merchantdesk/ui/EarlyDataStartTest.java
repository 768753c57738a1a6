package com.merchantdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.DatabaseDamagedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up with the data opened before JavaFX started (as {@link DesktopLauncher} does): the main window comes
 * straight up when the data is ready in time, the loading view bridges a slow opening, and a failed opening
 * gets the same dialogs as before.
 */
class EarlyDataStartTest extends FxRobot {

    @TempDir Path temp;
    private ShellFixture shell;
    private Locale localeBefore;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void english() {
        localeBefore = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.close();
        }
        Messages.setLocale(localeBefore);
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
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
        assertThat(early).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withCauseInstanceOf(DatabaseDamagedException.class);

        shell = ShellFixture.startWithEarlyData(root, early, "alpha");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#damaged-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Restore selected backup");

        MainWindow window = shell.awaitWindow();
        assertThat(window.app().database().file()).isEqualTo(dir.database());
        assertThat(Files.exists(backup)).isTrue();
    }

    @Test
    void earlyStartReadsTheSettingsAndRethrowsFailuresAsRaised() {
        DataDirectory dir = new DataDirectory(temp.resolve("shop")).ensureExists();
        new SettingsStore(dir.settingsFile()).save(Settings.defaults().withTheme(Settings.DARK));

        EarlyStart early = EarlyStart.begin(dir, Clock.systemUTC());
        assertThat(early.settings().theme()).isEqualTo(Settings.DARK);
        try (AppContext app = early.data().join()) {
            assertThat(app.dataDirectory()).isEqualTo(dir);
        }

        CompletableFuture<AppContext> failed = CompletableFuture.failedFuture(new DatabaseDamagedException(dir.database(), "bad"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EarlyStart.unwrapped(failed))
                .isInstanceOf(DatabaseDamagedException.class);
    }
}
