package com.merchantdesk.ui.startup;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Start-up on real data folders: damaged, too new, demo fill. */
@ExtendWith(EnglishMessages.class)
class StartupFlowTest extends FxRobot {

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
    void damagedDatabaseOffersTheBackupsNewestFirstAndRestoresTheChosenOne() throws Exception {
        Path root = temp.resolve("shop");
        DataDirectory dir = new DataDirectory(root).ensureExists();
        Path older = backupWithProduct(dir.backups().resolve("older.db"), "OLD-1");
        Path newer = backupWithProduct(dir.backups().resolve("newer.db"), "NEW-1");
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.writeString(dir.database(), "this is not a database ".repeat(400), StandardCharsets.UTF_8);

        shell = ShellFixture.start(root, "alpha");
        awaitShowing("#damaged-dialog");

        assertThat(lookup("#damaged-dialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Your data file is damaged");
        assertThat(lookup("#damaged-detail").queryAs(Label.class).getText()).contains("damaged").doesNotContain("Exception");
        @SuppressWarnings("unchecked")
        ListView<BackupFiles.Backup> list = lookup("#damaged-backups").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(b -> b.file().getFileName().toString()).containsExactly("newer.db", "older.db");
        assertThat(list.getSelectionModel().getSelectedItem().file()).isEqualTo(newer);

        clickOn("Restore selected backup");
        MainWindow window = shell.awaitWindow();

        assertThat(window.app().catalog().findByScan("NEW-1")).isPresent();
        assertThat(shell.quits.get()).isZero();
    }

    @Test
    void damagedDatabaseWithoutBackupsLetsTheSellerQuit() throws Exception {
        Path root = temp.resolve("shop");
        DataDirectory dir = new DataDirectory(root).ensureExists();
        Files.writeString(dir.database(), "garbage ".repeat(1000), StandardCharsets.UTF_8);

        shell = ShellFixture.start(root, "alpha");
        awaitShowing("#damaged-dialog");
        assertThat(lookup("Restore selected backup").queryButton().isDisabled()).isTrue();

        clickOn(Messages.get("button.quit"));
        await("the app quits", () -> shell.quits.get() == 1);
        assertThat(shell.window()).isNull();
    }

    @Test
    void databaseFromANewerVersionIsRefusedWithItsMessage() throws Exception {
        Path root = temp.resolve("shop");
        DataDirectory dir = new DataDirectory(root).ensureExists();
        AppContext.open(dir, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.database()); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }

        shell = ShellFixture.start(root, "alpha");
        awaitShowing(".dialog-pane");
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("This data needs a newer Merchant Desk");
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("database version 99");

        clickOn(Messages.get("button.quit"));
        await("the app quits", () -> shell.quits.get() == 1);
        assertThat(shell.window()).isNull();
    }

    @Test
    void demoFillsAnEmptyCatalogueOnceBeforeTheWindowOpens() throws Exception {
        AtomicInteger fills = new AtomicInteger();
        Path root = temp.resolve("demo");
        shell = ShellFixture.start(root, true, app -> {
            fills.incrementAndGet();
            app.catalog().save(product("DEMO-1"), Currency.getInstance("USD"));
        }, "alpha");
        MainWindow window = shell.awaitWindow();
        assertThat(fills.get()).isEqualTo(1);
        assertThat(window.app().catalog().findByScan("DEMO-1")).isPresent();
        shell.close();

        // The catalogue is no longer empty: a second demo start leaves it alone.
        shell = ShellFixture.start(root, true, app -> fills.incrementAndGet(), "alpha");
        shell.awaitWindow();
        assertThat(fills.get()).isEqualTo(1);
    }

    @Test
    void failedDemoFillStillOpensTheWindowAndSaysWhy() throws Exception {
        shell = ShellFixture.start(temp.resolve("demo"), true, app -> {
            throw new IllegalStateException("demo images missing");
        }, "alpha");
        MainWindow window = shell.awaitWindow();

        assertThat(window.shownScreenId()).isEqualTo("alpha");
        awaitShowing(".dialog-pane");
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("startup.demoFailed"));
        assertThat(window.status().messageProperty().get()).contains("demo images missing");
        clickOn(Messages.get("button.ok"));
    }

    /** Waits until a node matching {@code query} is on a showing window and laid out. */
    private void awaitShowing(String query) throws Exception {
        await(query + " is showing", () -> lookup(query).tryQuery()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing() && node.isVisible())
                .isPresent());
    }

    private static Path backupWithProduct(Path target, String skuCode) {
        DataDirectory source = new DataDirectory(target.resolveSibling("source-" + skuCode));
        try (AppContext app = AppContext.open(source, Clock.systemUTC())) {
            app.catalog().save(product(skuCode), Currency.getInstance("USD"));
            return app.backups().backup(app.database(), target);
        }
    }

    private static ProductInput product(String skuCode) {
        return new ProductInput(null, "Mug " + skuCode, "", "Kitchen", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, skuCode, List.of(), "", "9.50", "", "", "", "")),
                List.of(), null);
    }
}
