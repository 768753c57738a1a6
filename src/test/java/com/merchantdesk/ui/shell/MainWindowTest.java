package com.merchantdesk.ui.shell;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.view.SettingsScreen;
import com.merchantdesk.store.BackupContents;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.startup.ShellFixture;
import com.merchantdesk.ui.testsupport.FxThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell on a real temporary data folder, driven by mouse and keyboard. */
class MainWindowTest extends FxRobot {

    @TempDir Path temp;
    private ShellFixture shell;
    private MainWindow window;
    private Locale localeBefore;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        localeBefore = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        shell = ShellFixture.start(temp, "alpha", "beta");
        window = shell.awaitWindow();
    }

    @AfterEach
    void close() throws Exception {
        shell.close();
        Messages.setLocale(localeBefore);
        Themes.apply(Settings.LIGHT, Locale.ENGLISH);
    }

    @Test
    void railListsTheGivenScreensThenSettingsAndOpensTheFirst() {
        assertThat(window.screenIds()).containsExactly("alpha", "beta", "settings");
        assertThat(window.shownScreenId()).isEqualTo("alpha");
        assertThat(lookup("#content-alpha").tryQuery()).isPresent();
        assertThat(lookup("#toolbar-alpha").tryQuery()).isPresent();
        assertThat(lookup("#rail-settings").queryAs(ToggleButton.class).getText()).isEqualTo("Settings");
        assertThat(shell.stage.getTitle()).isEqualTo("Merchant Desk — test.alpha");
    }

    @Test
    void aScreenIsBuiltTheFirstTimeItIsShown() {
        assertThat(shell.screens).as("only the screen the window opens on").containsOnlyKeys("alpha");

        clickOn("#rail-beta");
        assertThat(shell.screens).containsOnlyKeys("alpha", "beta");
        TestScreen beta = shell.screens.get("beta");

        clickOn("#rail-alpha");
        clickOn("#rail-beta");
        assertThat(shell.screens.get("beta")).as("built once, kept").isSameAs(beta);
        assertThat(beta.shown.get()).isEqualTo(2);
    }

    @Test
    void aScreenThatCannotBeBuiltIsReportedAndTheShownOneStays() throws Exception {
        shell.close();
        shell = ShellFixture.start(temp.resolve("broken"), "alpha", ShellFixture.BROKEN + "-beta");
        window = shell.awaitWindow();

        clickOn("#rail-" + ShellFixture.BROKEN + "-beta");

        assertThat(window.shownScreenId()).isEqualTo("alpha");
        assertThat(lookup("#content-alpha").tryQuery()).isPresent();
        assertThat(lookup("#rail-alpha").queryAs(ToggleButton.class).isSelected()).as("the rail still marks it").isTrue();
        await("the status line says the screen cannot be built",
                () -> lookup("#status-message").queryAs(Label.class).getText().contains("cannot be built"));
    }

    @Test
    void whenTheFirstScreenCannotBeBuiltTheWindowOpensOnTheNext() throws Exception {
        shell.close();
        shell = ShellFixture.start(temp.resolve("broken-first"), ShellFixture.BROKEN + "-alpha", "beta");
        window = shell.awaitWindow();

        assertThat(window.shownScreenId()).isEqualTo("beta");
        assertThat(lookup("#content-beta").tryQuery()).isPresent();
        assertThat(lookup("#rail-beta").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void railClickSwitchesScreenAndToolbar() {
        clickOn("#rail-beta");

        assertThat(window.shownScreenId()).isEqualTo("beta");
        assertThat(lookup("#content-beta").tryQuery()).isPresent();
        assertThat(lookup("#content-alpha").tryQuery()).isEmpty();
        assertThat(lookup("#toolbar-beta").tryQuery()).isPresent();
        assertThat(lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("test.beta");
        assertThat(shell.screens.get("beta").shown.get()).isEqualTo(1);

        clickOn("#rail-settings");
        assertThat(window.shownScreenId()).isEqualTo("settings");
        assertThat(lookup("#settings-language").tryQuery()).isPresent();
    }

    @Test
    void railTooltipIsMadeWhenThePointerFirstComesAndNamesTheShortcut() {
        ToggleButton beta = lookup("#rail-beta").queryAs(ToggleButton.class);
        assertThat(beta.getTooltip()).as("not made for the first frame").isNull();

        moveTo("#rail-beta");

        assertThat(beta.getTooltip()).isNotNull();
        assertThat(beta.getTooltip().getText()).isEqualTo("test.beta  (" + ShellShortcuts.screen(1).orElseThrow().getDisplayText() + ")");
    }

    @Test
    void statusBarShowsProgressOnlyForWorkThatLasts() throws Exception {
        // Set and read in one step on the FX thread: the delay cannot have passed in between, however slow the machine.
        // A pause as long as the delay, started first, is the reference: the animation clock that runs the bar's
        // delay finishes it no later than the delay, so it has finished when the bar appears, and not if the bar
        // came early.
        AtomicBoolean referenceFinished = new AtomicBoolean();
        CompletableFuture<Boolean> referenceFinishedWhenShown = new CompletableFuture<>();
        assertThat(onFx(() -> {
            PauseTransition reference = new PauseTransition(StatusBar.PROGRESS_DELAY);
            reference.setOnFinished(e -> referenceFinished.set(true));
            reference.play();
            Pane bar = (Pane) lookup(".status-bar").query();
            // The bar is made, visible, the moment the delay has passed.
            bar.getChildren().addListener((ListChangeListener<Node>) change -> {
                if (bar.getChildren().stream().anyMatch(n -> "status-progress".equals(n.getId()))) {
                    referenceFinishedWhenShown.complete(referenceFinished.get());
                }
            });
            window.status().progressProperty().set(-1);
            return progressShown();
        })).as("quick work does not flash a progress bar").isFalse();

        await("the progress bar shows for work that lasts", this::progressShown);
        assertThat(referenceFinishedWhenShown.getNow(false)).as("shown only once the delay has passed").isTrue();

        assertThat(onFx(() -> {
            window.status().progressProperty().set(0);
            return progressShown();
        })).as("the bar goes when the work ends").isFalse();

        // Work that ends within the delay never shows it again. Whether the delay has passed is told by the animation
        // clock that runs the delay itself: a pause of twice the delay, started with the work, has finished.
        CompletableFuture<Boolean> shownAfterTwiceTheDelay = new CompletableFuture<>();
        runFx(() -> {
            window.status().progressProperty().set(-1);
            window.status().progressProperty().set(0);
            PauseTransition twiceTheDelay = new PauseTransition(StatusBar.PROGRESS_DELAY.multiply(2));
            twiceTheDelay.setOnFinished(e -> Platform.runLater(() -> shownAfterTwiceTheDelay.complete(progressShown())));
            twiceTheDelay.play();
        });
        assertThat(shownAfterTwiceTheDelay.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS))
                .as("shown after work that ended within the delay").isFalse();
    }

    /** Whether the status bar shows its progress bar; call on the FX thread. */
    private boolean progressShown() {
        return lookup("#status-progress").tryQuery().filter(Node::isVisible).isPresent();
    }

    @Test
    void ctrlNumberAndCtrlCommaSwitchScreens() {
        clickOn("#field-alpha");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(window.shownScreenId()).isEqualTo("beta");

        push(KeyCode.CONTROL, KeyCode.COMMA);
        assertThat(window.shownScreenId()).isEqualTo("settings");

        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(window.shownScreenId()).isEqualTo("alpha");

        // There is no third feature screen: Ctrl+3 changes nothing.
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(window.shownScreenId()).isEqualTo("alpha");
    }

    @Test
    void screenShortcutsActOnlyWhileTheirScreenIsShown() {
        clickOn("#field-alpha");
        push(KeyCode.CONTROL, KeyCode.R);
        assertThat(shell.screens.get("alpha").actions.get()).isEqualTo(1);

        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        push(KeyCode.CONTROL, KeyCode.R);
        assertThat(shell.screens.get("alpha").actions.get()).isEqualTo(1);
        assertThat(shell.screens.get("beta").actions.get()).isEqualTo(1);
    }

    @Test
    void f1ListsWindowAndScreenShortcuts() {
        clickOn("#field-alpha");
        push(KeyCode.F1);

        DialogPane help = lookup("#shortcut-help").queryAs(DialogPane.class);
        String listed = from(help).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "|" + b);
        assertThat(listed).contains("Ctrl+1|Open test.alpha", "Ctrl+2|Open test.beta", "Ctrl+,|Open Settings",
                "F1|Show this list of shortcuts", "Ctrl+Q|Close Merchant Desk", "Ctrl+R|test.action");
        clickOn(Messages.get("button.close"));
        assertThat(lookup("#shortcut-help").tryQuery()).isEmpty();
    }

    @Test
    void themeChoiceSwitchesTheStylesheetAndIsSaved() throws Exception {
        assertThat(themeSheet()).contains("primer-light.css").doesNotContain("primer-dark");
        clickOn("#rail-settings");

        clickOn("#settings-theme");
        clickOn("Dark");

        assertThat(themeSheet()).contains("primer-dark.css").doesNotContain("primer-light");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(Settings.DARK, Locale.ENGLISH));
        await("the dark theme is saved", () -> Settings.DARK.equals(shell.savedSettings().theme()));
    }

    @Test
    void languageChoiceRebuildsTheWindowInKorean() throws Exception {
        clickOn("#rail-settings");
        clickOn("#settings-language");
        clickOn("한국어");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Messages.locale()).isEqualTo(Locale.forLanguageTag("ko"));
        assertThat(lookup("#rail-settings").queryAs(ToggleButton.class).getText()).isEqualTo("설정");
        assertThat(lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("설정");
        assertThat(lookup("#settings-backup-now").queryButton().getText()).isEqualTo("지금 백업");
        assertThat(window.shownScreenId()).isEqualTo("settings");
        @SuppressWarnings("unchecked")
        ComboBox<SettingsScreen.Language> language = lookup("#settings-language").queryAs(ComboBox.class);
        assertThat(language.getValue().tag()).isEqualTo("ko");
        await("Korean is saved", () -> "ko".equals(shell.savedSettings().languageTag()));
        await("the sync state is in Korean",
                () -> lookup("#status-sync").queryAs(Label.class).getText().startsWith("오프라인"));
    }

    @Test
    void statusBarShowsChangesWaitingInTheOutbox() throws Exception {
        await("the status bar says no changes wait", () -> "Offline — no changes waiting".equals(syncText()));

        window.app().database().write(c -> {
            queueProduct(c, "p1", "{\"title\":\"Mug\"}", Instant.now());
            queueProduct(c, "p2", "{\"title\":\"Cup\"}", Instant.now());
            return null;
        });
        window.status().changesSaved();

        await("the status bar says 2 changes wait", () -> "Offline — 2 changes waiting".equals(syncText()));

        // A local-only shop (the demo) has nothing waiting: its changes never go to an account.
        window.app().database().write(c -> {
            com.merchantdesk.store.SyncIdentity.markLocalOnly(c);
            return null;
        });
        window.status().changesSaved();
        await("the status bar says the shop is local only",
                () -> "Local only — this demo shop is never synced".equals(syncText()));
    }

    @Test
    void backupNowFromSettingsWritesAFileInTheBackupsFolder() throws Exception {
        saveProduct("MUG-1");
        clickOn("#rail-settings");
        clickOn("#settings-backup-now");

        // The file appears while it is written: the message says when it is whole.
        await("settings say the backup is saved", this::backupSaidSaved);
        assertThat(backups().count()).as("backups in the backups folder").isEqualTo(1);
        Path backup = backups().findFirst().orElseThrow();
        BackupContents.assertCompleteBackup(backup, "Item MUG-1 / MUG-1");
    }

    @Test
    void backupToAChosenFile() throws Exception {
        Path target = temp.resolve("elsewhere").resolve("my-shop.db");
        shell.files.backupTarget = target;
        saveProduct("CUP-1");
        clickOn("#rail-settings");
        clickOn("#settings-backup-to-file");

        await("settings say the backup is saved", this::backupSaidSaved);
        assertThat(target).exists();
        BackupContents.assertCompleteBackup(target, "Item CUP-1 / CUP-1");
    }

    /** A product saved before the backup, so the test can find it in the backup file itself. */
    private void saveProduct(String code) {
        window.app().catalog().save(new ProductInput(null, "Item " + code, "", "", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, code, List.of(), "", "5.00", "", "", "", "")), List.of(), null),
                Currency.getInstance("EUR"));
    }

    @Test
    void restoreFromSettingsAsksFirstThenBringsBackTheBackedUpData() throws Exception {
        Path backup = temp.resolve("before.db");
        window.app().backups().backup(window.app().database(), backup);
        window.app().database().write(c -> {
            queueProduct(c, "p1", "{\"title\":\"Mug\"}", Instant.now());
            return null;
        });
        window.status().changesSaved();
        await("the status bar says 1 change waits", () -> "Offline — 1 change waiting".equals(syncText()));

        shell.files.backupToRestore = backup;
        clickOn("#rail-settings");
        clickOn("#settings-restore");
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("settings.restore.confirmHeader"));
        clickOn(Messages.get("settings.restore.confirmButton"));

        await("the restore says it is done",
                () -> lookup(Messages.get("settings.restore.doneHeader")).tryQuery().filter(FxThread::shown).isPresent()
                        && lookup(Messages.get("button.ok")).tryQuery().filter(FxThread::shown).isPresent());
        clickOn(Messages.get("button.ok"));
        assertThat(window.app().database().read(Outbox::pendingCount)).isZero();
        assertThat(window.shownScreenId()).isEqualTo("settings");
        await("the status bar says no changes wait", () -> "Offline — no changes waiting".equals(syncText()));
    }

    @Test
    void cancelledRestoreChangesNothing() throws Exception {
        Path backup = temp.resolve("before.db");
        window.app().backups().backup(window.app().database(), backup);
        window.app().database().write(c -> {
            queueProduct(c, "p1", "{\"title\":\"Mug\"}", Instant.now());
            return null;
        });
        shell.files.backupToRestore = backup;
        clickOn("#rail-settings");
        clickOn("#settings-restore");
        clickOn(Messages.get("button.cancel"));

        assertThat(window.app().database().read(Outbox::pendingCount)).isEqualTo(1);
    }

    @Test
    void lastScreenAndWindowBoundsAreSavedOnCloseAndRestored() throws Exception {
        clickOn("#rail-beta");
        WaitForAsyncUtils.asyncFx(() -> {
            shell.stage.setX(40);
            shell.stage.setY(30);
            shell.stage.setWidth(900);
            shell.stage.setHeight(600);
        }).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);

        shell.closeWindow();
        Settings saved = shell.savedSettings();
        assertThat(saved.window()).isEqualTo(new Settings.WindowBounds(40, 30, 900, 600, false));
        assertThat(saved.lastScreen()).isEqualTo("beta");
        shell.close();

        shell = ShellFixture.start(temp, "alpha", "beta");
        window = shell.awaitWindow();
        assertThat(shell.stage.getX()).isEqualTo(40);
        assertThat(shell.stage.getY()).isEqualTo(30);
        assertThat(shell.stage.getWidth()).isEqualTo(900);
        assertThat(shell.stage.getHeight()).isEqualTo(600);
        assertThat(window.shownScreenId()).isEqualTo("beta");
    }

    /** The theme behind the application stylesheet, which on Linux wraps the theme to add a CJK font. */
    private static String themeSheet() {
        String sheet = Application.getUserAgentStylesheet();
        if (sheet.startsWith("data:text/css;base64,")) {
            return new String(java.util.Base64.getDecoder().decode(sheet.substring("data:text/css;base64,".length())),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return sheet;
    }

    @Test
    void ctrlQClosesTheWindowAfterSavingItsPlace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.stage.setX(60)).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        clickOn("#field-alpha");
        push(KeyCode.CONTROL, KeyCode.Q);

        assertThat(shell.stage.isShowing()).isFalse();
        window.shutdown().get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        assertThat(shell.savedSettings().window().x()).isEqualTo(60);
        assertThat(shell.savedSettings().lastScreen()).isEqualTo("alpha");
    }

    private boolean backupSaidSaved() {
        return lookup("#settings-data-result").queryAs(Label.class).getText().startsWith("Backup saved");
    }

    private String syncText() {
        return lookup("#status-sync").queryAs(Label.class).getText();
    }

    private Stream<Path> backups() throws java.io.IOException {
        try (Stream<Path> files = Files.list(shell.dir.backups())) {
            return files.filter(f -> f.toString().endsWith(".db")).toList().stream();
        }
    }
    /** Queues a product change the way a feature does: after the product's earlier open rows. */
    private static void queueProduct(java.sql.Connection c, String id, String json, Instant at) throws java.sql.SQLException {
        OutboxKey key = new OutboxKey("product", id);
        Outbox.append(c, new Outbox.Change(key, "upsert", json, at, java.util.List.of(key)));
    }
}
