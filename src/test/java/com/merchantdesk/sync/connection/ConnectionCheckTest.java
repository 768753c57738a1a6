package com.merchantdesk.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.testsupport.EnglishMessages;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** "Test connection" against a real sandbox platform in this JVM. */
@ExtendWith(EnglishMessages.class)
class ConnectionCheckTest {

    @TempDir Path temp;
    private PlatformSandbox sandbox;
    private AppContext app;
    private PlatformSetup setup;
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        app = AppContext.open(dir, Clock.systemUTC());
        TokenSource tokens = TokenSource.of(TokenStores.encrypted(dir, temp.resolve("config")));
        setup = new PlatformSetup(app.database(), PreferencesAccess.of(new SettingsStore(dir.settingsFile())), tokens);
    }

    @AfterEach
    void close() {
        if (sandbox != null) {
            sandbox.close();
        }
        app.close();
    }

    @Test
    void theRightTokenSaysTheAccountTheDeskAndTheRateLimit() {
        sandbox = PlatformSandbox.start(temp.resolve("platform"));
        setup.setAddress(sandbox.address() + "/");
        setup.storeToken(PlatformSandbox.TOKEN);

        ConnectionReport report = setup.test(progress::add);

        assertThat(report.seller()).isEqualTo("alpha");
        assertThat(report.address()).isEqualTo(sandbox.address());
        assertThat(report.deskCode()).isEmpty();
        assertThat(report.rateLimit().limit()).hasValue(200);
        assertThat(report.rateLimit().remaining()).isPresent();
        assertThat(report.summary()).contains(Messages.get("platform.test.account", report.name(), "alpha"))
                .contains(Messages.get("platform.test.deskNotRegistered", 0)).contains("of 200 requests left");
        assertThat(progress).containsExactly(Messages.get("platform.test.asking", sandbox.address()),
                Messages.get("platform.test.askingDesks"));
        assertThat(sandbox.log).anyMatch(l -> l.contains("GET /v1/account 200")).anyMatch(l -> l.contains("GET /v1/desks 200"));
    }

    @Test
    void aRegisteredDeskIsNamedByItsCode() throws Exception {
        sandbox = PlatformSandbox.start(temp.resolve("platform"));
        String deskId = app.database().write(SyncIdentity::deskId);
        var register = java.net.http.HttpRequest.newBuilder(sandbox.server.baseUri().resolve("/v1/desks"))
                .header("Authorization", "Bearer " + PlatformSandbox.TOKEN).header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"desk_id\":\"" + deskId + "\",\"name\":\"Shop PC\"}")).build();
        String body = java.net.http.HttpClient.newHttpClient().send(register, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String code = body.replaceAll(".*\"desk_code\"\\s*:\\s*\"([A-Z0-9]{2})\".*", "$1");
        setup.setAddress(sandbox.address());
        setup.storeToken(PlatformSandbox.TOKEN);

        ConnectionReport report = setup.test(progress::add);

        assertThat(code).hasSize(2);
        assertThat(report.deskCode()).hasValue(code);
        assertThat(report.summary()).contains(Messages.get("platform.test.desk", code));
    }

    @Test
    void aWrongTokenGetsThe401Message() {
        sandbox = PlatformSandbox.start(temp.resolve("platform"));
        setup.setAddress(sandbox.address());
        setup.storeToken("wrong-token-0123456789");

        assertThatThrownBy(() -> setup.test(progress::add)).isInstanceOfSatisfying(ConnectionProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.WRONG_TOKEN);
            assertThat(p.getMessage()).isEqualTo(Messages.get("platform.test.wrongToken", sandbox.address())).contains("401");
        });
        assertThat(sandbox.log).anyMatch(l -> l.contains("GET /v1/account 401"));
    }

    @Test
    void aPlainHttpRemoteAddressIsRefusedBeforeAnyRequest() throws Exception {
        setup.storeToken(PlatformSandbox.TOKEN);
        assertThatThrownBy(() -> setup.setAddress("http://192.0.2.10:8780")).isInstanceOf(ValidationException.class);
        assertThat(setup.preferences().address()).as("a refused address changes nothing").isEmpty();

        // Even one put into settings.json by hand is refused before the desk opens a connection.
        try (ServerSocket listening = new ServerSocket(0)) {
            PreferencesAccess.of(new SettingsStore(app.dataDirectory().settingsFile()))
                    .update(p -> p.withAddress("http://192.0.2.10:" + listening.getLocalPort()));
            assertThatThrownBy(() -> setup.test(progress::add)).isInstanceOfSatisfying(ConnectionProblem.class, p -> {
                assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.ADDRESS);
                assertThat(p.getMessage()).isEqualTo(Messages.get("platform.address.httpsRequired", "192.0.2.10"));
            });
        }
        assertThat(progress).isEmpty();
    }

    @Test
    void noTokenAndNothingListeningHaveTheirOwnMessages() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        setup.setAddress("http://127.0.0.1:" + closedPort);
        assertThatThrownBy(() -> setup.test(progress::add)).isInstanceOfSatisfying(ConnectionProblem.class,
                p -> assertThat(p.getMessage()).isEqualTo(Messages.get("platform.token.none")));

        setup.storeToken(PlatformSandbox.TOKEN);
        assertThatThrownBy(() -> setup.test(progress::add)).isInstanceOfSatisfying(ConnectionProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.UNREACHABLE);
            assertThat(p.getMessage()).isEqualTo(Messages.get("platform.test.unreachable", "http://127.0.0.1:" + closedPort));
        });
    }

    @Test
    void theEndpointReadsTheTokenAtEveryRequest() {
        sandbox = PlatformSandbox.start(temp.resolve("platform"));
        setup.setAddress(sandbox.address());
        PlatformConnections connections = new PlatformConnections(setup::preferences, setup.tokens());
        var endpoint = connections.endpoint();
        assertThatThrownBy(() -> endpoint.token().get()).hasMessage(Messages.get("platform.token.none"));
        setup.storeToken(PlatformSandbox.TOKEN);
        assertThat(endpoint.token().get()).isEqualTo(PlatformSandbox.TOKEN);
        assertThat(endpoint.address().toString()).isEqualTo(sandbox.address());
        assertThat(endpoint.http().connectTimeout()).hasValue(PlatformConnections.CONNECT_TIMEOUT);

        PreferencesAccess.of(new SettingsStore(app.dataDirectory().settingsFile()))
                .update(p -> new PlatformPreferences("http://seller-api.example.com", p.trustedCertificates()));
        assertThatThrownBy(connections::endpoint).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("platform.address.httpsRequired"));
    }
}
