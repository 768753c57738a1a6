package com.merchantdesk.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox over HTTPS with a self-signed certificate: refused until the seller trusts it, then for that address only. */
@ExtendWith(EnglishMessages.class)
class TrustedCertificateTest {

    @TempDir Path temp;
    private PlatformSandbox sandbox;
    private AppContext app;
    private PlatformSetup setup;
    private String fingerprint;

    @BeforeEach
    void open() throws Exception {
        Path keys = temp.resolve("keys");
        java.nio.file.Files.createDirectories(keys);
        sandbox = PlatformSandbox.startTls(temp.resolve("platform"), keys);
        fingerprint = PlatformSandbox.opensslFingerprint(keys.resolve("cert.pem"));
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        app = AppContext.open(dir, Clock.systemUTC());
        setup = new PlatformSetup(app.database(), PreferencesAccess.of(new SettingsStore(dir.settingsFile())),
                TokenSource.of(TokenStores.encrypted(dir, temp.resolve("config"))));
        setup.storeToken(PlatformSandbox.TOKEN);
    }

    @AfterEach
    void close() {
        sandbox.close();
        app.close();
    }

    @Test
    void anUntrustedCertificateIsRefusedAndItsFingerprintShown() {
        PlatformAddress address = setup.setAddress("https://localhost:" + sandbox.server.port());

        assertThatThrownBy(() -> setup.test(line -> { })).isInstanceOfSatisfying(ConnectionProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.UNTRUSTED_CERTIFICATE);
            assertThat(p.certificate()).hasValueSatisfying(c -> {
                assertThat(c.fingerprint()).isEqualTo(fingerprint);
                assertThat(c.subject()).isEqualTo("CN=localhost");
                assertThat(c.selfSigned()).isTrue();
            });
            assertThat(p.getMessage()).isEqualTo(Messages.get("platform.test.untrusted", address, "CN=localhost", fingerprint));
        });
        assertThat(sandbox.log).as("no request (and no token) went to a server the desk does not trust")
                .noneMatch(l -> l.contains("/v1/account"));
    }

    @Test
    void aTrustedCertificateWorksForItsAddressOnly() {
        PlatformAddress localhost = setup.setAddress("https://localhost:" + sandbox.server.port());
        setup.trust(localhost, fingerprint.replace(":", "").toLowerCase(java.util.Locale.ROOT));
        assertThat(setup.preferences().trustedCertificates()).containsEntry(localhost.key(), fingerprint);

        assertThat(setup.test(line -> { }).seller()).isEqualTo("alpha");

        // The same server by another address: the trust does not follow it.
        setup.setAddress("https://127.0.0.1:" + sandbox.server.port());
        assertThatThrownBy(() -> setup.test(line -> { })).isInstanceOfSatisfying(ConnectionProblem.class,
                p -> assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.UNTRUSTED_CERTIFICATE));
        // Trusted there too, the certificate (which names localhost) is accepted for 127.0.0.1: the seller pinned it.
        setup.trust(PlatformAddress.parse("https://127.0.0.1:" + sandbox.server.port()), fingerprint);
        assertThat(setup.test(line -> { }).seller()).isEqualTo("alpha");
    }

    @Test
    void anotherCertificateTrustedForTheAddressDoesNotOpenIt() {
        PlatformAddress localhost = setup.setAddress("https://localhost:" + sandbox.server.port());
        setup.trust(localhost, "AB".repeat(32));

        assertThatThrownBy(() -> setup.test(line -> { })).isInstanceOfSatisfying(ConnectionProblem.class,
                p -> assertThat(p.certificate()).hasValueSatisfying(c -> assertThat(c.fingerprint()).isEqualTo(fingerprint)));
        assertThat(sandbox.log).noneMatch(l -> l.contains("/v1/account"));
    }
}
