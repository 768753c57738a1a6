package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.connection.KeyFolder;
import com.merchantdesk.sync.connection.PlatformSandbox;
import com.merchantdesk.testsupport.EnglishMessages;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code platform set|token set|test|trust|show} on a real sandbox: the token from stdin, never printed or stored plain. */
@ExtendWith(EnglishMessages.class)
class PlatformCommandTest {

    @TempDir Path temp;
    private Path data;
    private PlatformSandbox sandbox;
    private final InputStream stdin = System.in;

    @BeforeEach
    void start() {
        System.setProperty(KeyFolder.PROPERTY, temp.resolve("config").toString());
        System.setProperty("merchantdesk.keyring", "off");
        data = temp.resolve("data");
        sandbox = PlatformSandbox.start(temp.resolve("platform"));
    }

    @AfterEach
    void stop() {
        System.setIn(stdin);
        sandbox.close();
        System.clearProperty(KeyFolder.PROPERTY);
        System.clearProperty("merchantdesk.keyring");
    }

    private CliRun tokenSet(String token) {
        System.setIn(new ByteArrayInputStream((token + "\n").getBytes(StandardCharsets.UTF_8)));
        return CliRun.in(data, "platform", "token", "set");
    }

    @Test
    void setStoreAndTestSayTheAccount() throws Exception {
        assertThat(CliRun.in(data, "platform", "set", "--address", "http://192.0.2.1:8780").exit()).isEqualTo(2);
        CliRun set = CliRun.in(data, "platform", "set", "--address", sandbox.address() + "/");
        assertThat(set.exit()).as(set.toString()).isZero();
        CliRun noToken = CliRun.in(data, "platform", "test");
        assertThat(noToken.exit()).isEqualTo(PlatformTestCommand.PLATFORM_FAILED);
        assertThat(noToken.err()).contains(Messages.get("platform.token.none"));

        assertThat(tokenSet("wrong-token-0123456789").exit()).isZero();
        CliRun wrong = CliRun.in(data, "platform", "test");
        assertThat(wrong.exit()).isEqualTo(PlatformTestCommand.PLATFORM_FAILED);
        assertThat(wrong.err()).contains(Messages.get("platform.test.wrongToken", sandbox.address()));

        CliRun stored = tokenSet(PlatformSandbox.TOKEN);
        assertThat(stored.out()).doesNotContain(PlatformSandbox.TOKEN);
        CliRun test = CliRun.in(data, "platform", "test");
        assertThat(test.exit()).as(test.toString()).isZero();
        assertThat(test.out()).contains(Messages.get("platform.test.account", "alpha", "alpha")).doesNotContain(PlatformSandbox.TOKEN);

        CliRun show = CliRun.in(data, "platform", "show");
        assertThat(show.out()).contains(Messages.get("cli.platform.address", sandbox.address()))
                .contains(Messages.get("platform.view.token.stored", Messages.get("platform.view.store.ENCRYPTED_FILE")))
                .doesNotContain(PlatformSandbox.TOKEN);
        assertThat(Files.readString(data.resolve("settings.json"))).contains(sandbox.address()).doesNotContain(PlatformSandbox.TOKEN);
    }

    @Test
    void trustTakesAFingerprintForOneAddressAndForgetRemovesTheToken() throws Exception {
        CliRun.in(data, "platform", "set", "--address", "https://localhost:8443");
        assertThat(CliRun.in(data, "platform", "trust", "--fingerprint", "xyz").err()).contains("xyz");
        CliRun trust = CliRun.in(data, "platform", "trust", "--fingerprint", "ab".repeat(32));
        assertThat(trust.exit()).as(trust.toString()).isZero();
        String pin = String.join(":", java.util.Collections.nCopies(32, "AB"));
        assertThat(CliRun.in(data, "platform", "show").out())
                .contains(Messages.get("cli.platform.trustedLine", "https://localhost:8443", pin));

        tokenSet(PlatformSandbox.TOKEN);
        assertThat(CliRun.in(data, "platform", "token", "forget").exit()).isZero();
        assertThat(CliRun.in(data, "platform", "show").out()).contains(Messages.get("platform.view.token.none"));
    }
}
