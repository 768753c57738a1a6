package com.merchantdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.store.Outbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
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
        WaitForAsyncUtils.asyncFx(() -> window.status().progressProperty().set(-1)).get(5, TimeUnit.SECONDS);
        assertThat(lookup("#status-progress").tryQuery().filter(n -> n.isVisible()))
                .as("quick work does not flash a progress bar").isEmpty();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#status-progress").tryQuery().filter(n -> n.isVisible()).isPresent());

        WaitForAsyncUtils.asyncFx(() -> window.status().progressProperty().set(0)).get(5, TimeUnit.SECONDS);
        assertThat(lookup("#status-progress").queryAs(javafx.scene.control.ProgressBar.class).isVisible()).isFalse();

        // Work that ends within the delay never shows it again.
        WaitForAsyncUtils.asyncFx(() -> {
            window.status().progressProperty().set(-1);
            window.status().progressProperty().set(0);
        }).get(5, TimeUnit.SECONDS);
        Thread.sleep((long) StatusBar.PROGRESS_DELAY.toMillis() * 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#status-progress").queryAs(javafx.scene.control.ProgressBar.class).isVisible()).isFalse();
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
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Settings.DARK.equals(shell.savedSettings().theme()));
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
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "ko".equals(shell.savedSettings().languageTag()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup("#status-sync").queryAs(Label.class).getText().startsWith("오프라인"));
    }

    @Test
    void statusBarShowsChangesWaitingInTheOutbox() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Offline — no changes waiting".equals(syncText()));

        window.app().database().write(c -> {
            Outbox.append(c, "product", "p1", "upsert", Map.of("title", "Mug"), Instant.now());
            Outbox.append(c, "product", "p2", "upsert", Map.of("title", "Cup"), Instant.now());
            return null;
        });
        window.status().changesSaved();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Offline — 2 changes waiting".equals(syncText()));
    }

    @Test
    void backupNowFromSettingsWritesAFileInTheBackupsFolder() throws Exception {
        clickOn("#rail-settings");
        clickOn("#settings-backup-now");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups().count() == 1);
        Path backup = backups().findFirst().orElseThrow();
        assertThat(window.app().backups().verify(backup)).isPositive();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup("#settings-data-result").queryAs(Label.class).getText().startsWith("Backup saved"));
    }

    @Test
    void backupToAChosenFile() throws Exception {
        Path target = temp.resolve("elsewhere").resolve("my-shop.db");
        shell.files.backupTarget = target;
        clickOn("#rail-settings");
        clickOn("#settings-backup-to-file");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(window.app().backups().verify(target)).isPositive();
    }

    @Test
    void restoreFromSettingsAsksFirstThenBringsBackTheBackedUpData() throws Exception {
        Path backup = temp.resolve("before.db");
        window.app().backups().backup(window.app().database(), backup);
        window.app().database().write(c -> {
            Outbox.append(c, "product", "p1", "upsert", Map.of("title", "Mug"), Instant.now());
            return null;
        });
        window.status().changesSaved();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Offline — 1 change waiting".equals(syncText()));

        shell.files.backupToRestore = backup;
        clickOn("#rail-settings");
        clickOn("#settings-restore");
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("settings.restore.confirmHeader"));
        clickOn(Messages.get("settings.restore.confirmButton"));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup(Messages.get("settings.restore.doneHeader")).tryQuery().isPresent());
        clickOn(Messages.get("button.ok"));
        assertThat(window.app().database().read(Outbox::pendingCount)).isZero();
        assertThat(window.shownScreenId()).isEqualTo("settings");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Offline — no changes waiting".equals(syncText()));
    }

    @Test
    void cancelledRestoreChangesNothing() throws Exception {
        Path backup = temp.resolve("before.db");
        window.app().backups().backup(window.app().database(), backup);
        window.app().database().write(c -> {
            Outbox.append(c, "product", "p1", "upsert", Map.of("title", "Mug"), Instant.now());
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
        }).get(5, TimeUnit.SECONDS);

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
        WaitForAsyncUtils.asyncFx(() -> shell.stage.setX(60)).get(5, TimeUnit.SECONDS);
        clickOn("#field-alpha");
        push(KeyCode.CONTROL, KeyCode.Q);

        assertThat(shell.stage.isShowing()).isFalse();
        window.shutdown().get(10, TimeUnit.SECONDS);
        assertThat(shell.savedSettings().window().x()).isEqualTo(60);
        assertThat(shell.savedSettings().lastScreen()).isEqualTo("alpha");
    }

    private String syncText() {
        return lookup("#status-sync").queryAs(Label.class).getText();
    }

    private Stream<Path> backups() throws java.io.IOException {
        try (Stream<Path> files = Files.list(shell.dir.backups())) {
            return files.filter(f -> f.toString().endsWith(".db")).toList().stream();
        }
    }
}
