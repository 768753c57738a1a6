package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.testsupport.ChildJvm;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox} and {@code sandbox token} as a user runs them: the server in its own JVM, stopped with SIGTERM. */
@ExtendWith(EnglishMessages.class)
class SandboxCommandTest {

    private static final Pattern URL = Pattern.compile("listening on (https?://\\S+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TestTimeouts.SAFETY).build();

    @TempDir
    Path dir;

    @Test
    void servesUntilSigtermThenExitsZeroHavingLoggedEachRequestWithoutTheToken() throws Exception {
        String token = "child-token-0123456789";
        try (ChildJvm sandbox = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.toString(), "sandbox",
                "--port", "0", "--token", token)) {
            String listening = sandbox.awaitOut("the listening line", line -> line.contains("listening on"));
            Matcher url = URL.matcher(listening);
            assertThat(url.find()).as(listening).isTrue();
            URI base = URI.create(url.group(1));
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            assertThat(listening).contains(dir.resolve(SandboxDatabase.FILE_NAME).toString());

            HttpResponse<String> account = get(base, "/v1/account", token);
            HttpResponse<String> unknown = get(base, "/v1/account", "wrong-token-0123456789");
            sandbox.awaitOut("the request's log line", line -> line.contains("GET /v1/account 401"));
            sandbox.terminate();
            int exit = sandbox.awaitExit();

            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(PlatformJson.mapper().readTree(account.body()).path("seller").asText()).isEqualTo("demo");
            assertThat(unknown.statusCode()).isEqualTo(401);
            assertThat(exit).as(sandbox.transcript()).isZero();
            String transcript = sandbox.transcript();
            assertThat(transcript).containsPattern("GET /v1/account 200 [0-9.]+ms key=- seller=demo")
                    .containsPattern("GET /v1/account 401 [0-9.]+ms key=- seller=-")
                    .doesNotContain(token, "wrong-token-0123456789", "INFO:");
        }
    }

    @Test
    void aTokenIsPrintedOnceListedByItsIdAndRefusedOnceRevoked() throws Exception {
        CliRun created = CliRun.in(dir, "sandbox", "token", "create", "--seller", "shop-1", "--label", "counter PC");
        assertThat(created.exit()).as(created.toString()).isZero();
        String token = created.out().strip();
        assertThat(token).startsWith("mdsb_").doesNotContain("\n");
        Matcher id = Pattern.compile("Token (tok_[0-9a-f]{8}) made for seller shop-1").matcher(created.err());
        assertThat(id.find()).as(created.err()).isTrue();
        String tokenId = id.group(1);

        CliRun listed = CliRun.in(dir, "sandbox", "token", "list", "--seller", "shop-1");
        assertThat(listed.out()).contains(tokenId, "active", "counter PC").doesNotContain(token);

        List<String> log = new CopyOnWriteArrayList<>();
        try (SandboxServer server = SandboxServer.start(SandboxOptions.loopback(Clock.systemUTC()), SandboxDatabase.open(dir), log::add)) {
            HttpResponse<String> before = get(server.baseUri(), "/v1/account", token);
            CliRun revoked = CliRun.in(dir, "sandbox", "token", "revoke", tokenId, "--seller", "shop-1");
            HttpResponse<String> after = get(server.baseUri(), "/v1/account", token);

            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(PlatformJson.mapper().readTree(before.body()).path("seller").asText()).isEqualTo("shop-1");
            assertThat(revoked.exit()).as(revoked.toString()).isZero();
            assertThat(revoked.out()).contains(tokenId + " revoked");
            assertThat(after.statusCode()).isEqualTo(401);
            assertThat(after.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = PlatformJson.mapper().readTree(after.body());
            assertThat(problem.path("type").asText()).endsWith("unauthorized");
            assertThat(problem.path("detail").asText()).contains("revoked", tokenId).doesNotContain(token);
        }
        assertThat(log).noneMatch(line -> line.contains(token));
        assertThat(CliRun.in(dir, "sandbox", "token", "list", "--seller", "shop-1").out()).contains(tokenId, "revoked");

        CliRun unknown = CliRun.in(dir, "sandbox", "token", "revoke", "tok_00000000", "--seller", "shop-1");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("tok_00000000");
        assertThat(CliRun.in(dir, "sandbox", "token", "create", "--seller", "Not Valid").exit()).isEqualTo(2);
    }

    @Test
    void demoWithOrdersSeedsExactlyThatManyWithAProgressLinePerTransactionThenServesThem() throws Exception {
        String token = "child-token-0123456789";
        try (ChildJvm sandbox = ChildJvm.start("com.merchantdesk.Main", "--data-dir", dir.toString(), "sandbox",
                "--port", "0", "--token", token, "--demo", "--orders", "12000")) {
            sandbox.awaitErr("the first progress line", line -> line.contains("10,000 of 12,000 orders written"));
            sandbox.awaitErr("the last progress line", line -> line.contains("12,000 of 12,000 orders written"));
            String summary = sandbox.awaitOut("the summary", line -> line.contains("online orders"));
            String listening = sandbox.awaitOut("the listening line", line -> line.contains("listening on"));
            Matcher url = URL.matcher(listening);
            assertThat(url.find()).as(listening).isTrue();
            HttpResponse<String> page = get(URI.create(url.group(1)), "/v1/snapshot?kind=order&limit=1", token);
            sandbox.terminate();

            assertThat(sandbox.awaitExit()).as(sandbox.transcript()).isZero();
            assertThat(summary).contains("Demo account demo: 12,000 online orders with");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(PlatformJson.mapper().readTree(page.body()).path("items").get(0).path("channel").asText()).isEqualTo("platform");
        }
        CliRun withoutDemo = CliRun.in(dir, "sandbox", "--port", "0", "--orders", "5");
        assertThat(withoutDemo.exit()).as(withoutDemo.toString()).isEqualTo(2);
        assertThat(withoutDemo.err()).contains("--orders", "--demo");
        assertThat(CliRun.in(dir, "sandbox", "--port", "0", "--demo", "--orders", "0").exit()).isEqualTo(2);
    }

    @Test
    void aNonLoopbackAddressWithoutTlsIsRefusedWithExitTwo() {
        CliRun run = CliRun.in(dir, "sandbox", "--port", "0", "--bind", "0.0.0.0");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("0.0.0.0", "not a loopback address", "--tls-cert", "--tls-key");
        assertThat(dir.resolve(SandboxDatabase.FILE_NAME)).as("refused before anything is made").doesNotExist();

        CliRun halfTls = CliRun.in(dir, "sandbox", "--port", "0", "--tls-cert", dir.resolve("cert.pem").toString());
        assertThat(halfTls.exit()).isEqualTo(2);
        assertThat(halfTls.err()).contains("--tls-cert and --tls-key go together");
    }

    private static HttpResponse<String> get(URI base, String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TestTimeouts.SAFETY)
                .header("Authorization", "Bearer " + token).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
