package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the server talks: HTTPS with a PEM certificate and key as openssl makes them, and gzip for large answers. */
class SandboxTransportTest {

    @TempDir
    Path folder;

    @TempDir
    Path keys;

    SandboxFixture sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void servesHttpsWithASelfSignedPemCertificate() throws Exception {
        Path cert = keys.resolve("cert.pem");
        Path key = keys.resolve("key.pem");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(),
                "-days", "1", "-subj", "/CN=localhost");
        sandbox = new SandboxFixture(folder, options -> options.withTls("127.0.0.1", cert, key));
        assertThat(sandbox.server.baseUri().getScheme()).isEqualTo("https");
        // The certificate names localhost (its CN), so the client asks for that name.
        URI account = URI.create("https://localhost:" + sandbox.server.port() + "/v1/account");
        HttpRequest request = HttpRequest.newBuilder(account).timeout(TestTimeouts.SAFETY)
                .header("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN).build();

        HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(cert)).connectTimeout(TestTimeouts.SAFETY).build();
        HttpResponse<String> response = trusting.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(PlatformJson.mapper().readTree(response.body()).path("seller").asText()).isEqualTo("alpha");
        HttpClient stranger = HttpClient.newBuilder().connectTimeout(TestTimeouts.SAFETY).build();
        assertThatThrownBy(() -> stranger.send(request, HttpResponse.BodyHandlers.ofString()))
                .as("a client that does not trust the certificate").isInstanceOf(SSLHandshakeException.class);
        assertThat(sandbox.log).anyMatch(line -> line.contains("GET /v1/account 200"));
    }

    @Test
    void aLargeAnswerIsGzippedWhenTheClientAcceptsIt() throws Exception {
        sandbox = new SandboxFixture(folder);
        for (int i = 0; i < 40; i++) {
            assertThat(sandbox.alpha.post("/v1/products", Bodies.product(Bodies.id())).status()).isEqualTo(201);
        }
        URI page = sandbox.server.baseUri().resolve("/v1/snapshot?kind=product&limit=100");
        HttpClient http = HttpClient.newBuilder().connectTimeout(TestTimeouts.SAFETY).build();

        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(page).timeout(TestTimeouts.SAFETY)
                .header("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(page).timeout(TestTimeouts.SAFETY)
                .header("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unpacked = gunzip(gzipped.body());
        JsonNode items = PlatformJson.mapper().readTree(unpacked).path("items");
        assertThat(items).hasSize(40);
        assertThat(unpacked).isEqualTo(plain.body());
        assertThat(gzipped.body().length).as("gzip makes the page smaller").isLessThan(plain.body().length / 3);
        assertThat(plain.headers().firstValue("Content-Encoding")).as("not asked for: not compressed").isEmpty();
    }

    @Test
    void aBodyOverTheLimitGetsA413ProblemAndWritesNothing() {
        sandbox = new SandboxFixture(folder, options -> options.withMaxBody(1024));
        byte[] big = SandboxClient.json(Bodies.product(Bodies.id())).replace("Linen shirt", "L".repeat(2000))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Reply reply = sandbox.alpha.raw("POST", "/v1/products", java.util.Map.of("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN,
                "Content-Type", "application/json", "Idempotency-Key", Bodies.id()), big, false);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.problem()).isEqualTo("payload-too-large");
        assertThat(reply.json().path("detail").asText()).contains("1024 bytes");
        assertThat(sandbox.alpha.get("/v1/snapshot?kind=product").json().path("items")).isEmpty();
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static SSLContext trusting(Path certFile) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certFile)) {
            trusted.setCertificateEntry("sandbox", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** Runs openssl (CI installs it: .ci/run), failing the test with its output if it fails. */
    static void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)).as("openssl ended").isTrue();
        assertThat(p.exitValue()).as("openssl " + String.join(" ", args) + ":\n" + output).isZero();
    }
}
