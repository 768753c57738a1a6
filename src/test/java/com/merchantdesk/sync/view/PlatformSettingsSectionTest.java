package com.merchantdesk.sync.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.settings.view.SettingsScreens;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.connection.KeyFolder;
import com.merchantdesk.sync.connection.PlatformSandbox;
import com.merchantdesk.testsupport.MissingMessageKeys;
import com.merchantdesk.ui.shell.FakeFilePicker;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ShellControls;
import com.merchantdesk.ui.shell.ShellSettings;
import com.merchantdesk.ui.testsupport.ScreenHost;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Platform on a real sandbox: a wrong token gets the 401 message, a plain-HTTP remote address is refused
 * before any request, and the right token says the account; the token is never shown back.
 */
@ExtendWith(MissingMessageKeys.class)
class PlatformSettingsSectionTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private PlatformSandbox sandbox;
    private Host host;

    /** The Settings screen with the shell's settings, as the window has it. */
    static final class Host extends ScreenHost<Screen> {
        Host(Path data) { super(data, Clock.systemUTC(), "platform-settings-test"); }

        void open(Path data) throws TimeoutException {
            show(context -> {
                ShellSettings settings = new ShellSettings(new SettingsStore(new DataDirectory(data).settingsFile()),
                        Settings.defaults(), context.background());
                return new SettingsScreens().entries().get(0).factory().apply(new ScreenContext(context.app(),
                        context.background(), context.status(), context.owner(), new ShellControls(settings, new FakeFilePicker(), b -> { })));
            });
        }
    }

    @BeforeEach
    void open() throws Exception {
        // A To ship cockpit left in a closed window by an earlier test class of this JVM keeps ticking and submits to
        // its closed executor; TestFX would report that here, in whichever FX test runs next. Not this section's.
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = false;
        // Never the real keyring or the real home: the encrypted store, its key in the test's folder.
        System.setProperty(KeyFolder.PROPERTY, temp.resolve("config").toString());
        System.setProperty("merchantdesk.keyring", "off");
        sandbox = PlatformSandbox.start(temp.resolve("platform"));
        FxToolkit.registerPrimaryStage();
        Path data = temp.resolve("data");
        host = new Host(data);
        host.open(data);
        await("the platform section says whether a token is stored",
                () -> robot.text("#platform-token-state").equals(Messages.get("platform.view.token.none")));
    }

    @AfterEach
    void close() throws Exception {
        if (host != null) {
            host.close();
        }
        sandbox.close();
        System.clearProperty(KeyFolder.PROPERTY);
        System.clearProperty("merchantdesk.keyring");
        WaitForAsyncUtils.autoCheckException = true;
    }

    @Test
    void aWrongTokenGetsThe401Message() {
        type("#platform-address", sandbox.address());
        type("#platform-token", "wrong-token-0123456789");
        robot.clickOn(visible("#platform-test"));

        await("the 401 message", () -> robot.text("#platform-result")
                .equals(Messages.get("platform.test.wrongToken", sandbox.address())));
        assertThat(robot.text("#platform-token")).as("the token is not shown back").isEmpty();
        assertThat(robot.text("#platform-token-state"))
                .isEqualTo(Messages.get("platform.view.token.stored", Messages.get("platform.view.store.ENCRYPTED_FILE")));
        assertThat(sandbox.log).anyMatch(l -> l.contains("GET /v1/account 401"));
    }

    @Test
    void aPlainHttpRemoteAddressIsRefusedBeforeAnyRequest() throws Exception {
        type("#platform-address", "http://192.0.2.10:8780");
        type("#platform-token", PlatformSandbox.TOKEN);
        robot.clickOn(visible("#platform-test"));

        String refused = Messages.get("platform.address.httpsRequired", "192.0.2.10");
        await("the address is refused", () -> robot.text("#platform-address-error").equals(refused));
        assertThat(robot.text("#platform-result")).isEqualTo(refused);
        assertThat(robot.text("#platform-token-state")).as("nothing was stored").isEqualTo(Messages.get("platform.view.token.none"));
        assertThat(Files.exists(temp.resolve("data/platform-token.enc"))).isFalse();
        assertThat(sandbox.log).isEmpty();
    }

    @Test
    void theRightTokenSaysTheAccount() {
        type("#platform-address", sandbox.address());
        type("#platform-token", PlatformSandbox.TOKEN);
        robot.clickOn(visible("#platform-test"));

        // The sandbox names a new seller account by its code.
        await("the account is named", () -> robot.text("#platform-result")
                .startsWith(Messages.get("platform.test.account", "alpha", "alpha")));
        assertThat(robot.text("#platform-result")).contains(Messages.get("platform.test.deskNotRegistered", 0)).contains("of 200 requests left");
        assertThat(robot.text("#platform-token")).isEmpty();
        assertThat(onFx(() -> robot.lookup("#platform-token").query() instanceof PasswordField)).isTrue();
        await("the stored token is said to be stored", () -> robot.text("#platform-token-state")
                .equals(Messages.get("platform.view.token.stored", Messages.get("platform.view.store.ENCRYPTED_FILE"))));
    }

    private void type(String query, String text) {
        runFx(() -> ((TextField) robot.lookup(query).query()).setText(""));
        robot.clickOn(visible(query)).write(text);
        await(query + " holds the text", () -> onFx(() -> ((TextField) robot.lookup(query).query()).getText().equals(text)));
    }

    /** Scrolls the settings page until {@code query} is in view, so a click lands on it. */
    private Node visible(String query) {
        Node node = onFx(() -> robot.lookup(query).query());
        runFx(() -> {
            Node content = robot.lookup(".settings-page").query();
            Node parent = content.getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ScrollPane scroll = (ScrollPane) parent;
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            double target = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 2;
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, target / room)));
        });
        await(query + " is in view", () -> onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            Bounds window = host.stage().getScene().getRoot().localToScreen(host.stage().getScene().getRoot().getBoundsInLocal());
            return b != null && window.contains(b.getCenterX(), b.getCenterY());
        }));
        return node;
    }
}
