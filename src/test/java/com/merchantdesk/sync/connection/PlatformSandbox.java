package com.merchantdesk.sync.connection;

import com.merchantdesk.sandbox.SandboxServer;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.store.SandboxDatabase;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A real sandbox platform in this JVM on a free loopback port, with one seller account ("alpha") and its token; over
 * HTTPS with a fresh self-signed certificate (openssl, as CI installs it) when asked. Keeps the request log.
 */
public final class PlatformSandbox implements AutoCloseable {

    public static final String TOKEN = "alpha-token-0123456789";
    static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    public final List<String> log = new CopyOnWriteArrayList<>();
    public final SandboxServer server;

    private PlatformSandbox(Path folder, UnaryOperator<SandboxOptions> tune) {
        Database db = SandboxDatabase.open(folder);
        db.write(c -> Tokens.ensure(c, Sellers.findOrCreate(c, "alpha", START), TOKEN, "test", START));
        server = SandboxServer.start(tune.apply(SandboxOptions.loopback(new SettableClock(START))), db, log::add);
    }

    /** Plain HTTP on 127.0.0.1. */
    public static PlatformSandbox start(Path folder) { return new PlatformSandbox(folder, o -> o); }

    /** HTTPS on 127.0.0.1 with a self-signed certificate for {@code CN=localhost} made in {@code keys}. */
    public static PlatformSandbox startTls(Path folder, Path keys) throws IOException, InterruptedException {
        Path cert = keys.resolve("cert.pem");
        Path key = keys.resolve("key.pem");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(),
                "-days", "1", "-subj", "/CN=localhost");
        return new PlatformSandbox(folder, o -> o.withTls("127.0.0.1", cert, key));
    }

    /** The address as the seller would type it. */
    public String address() { return server.baseUri().toString(); }

    /** {@code openssl x509 -fingerprint -sha256} of the certificate in {@code cert}, as openssl prints it. */
    public static String opensslFingerprint(Path cert) throws IOException, InterruptedException {
        String out = openssl("x509", "-in", cert.toString(), "-noout", "-fingerprint", "-sha256");
        return out.substring(out.indexOf('=') + 1).strip();
    }

    static String openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", args) + " failed:\n" + output);
        }
        return output;
    }

    @Override
    public void close() { server.close(); }
}
