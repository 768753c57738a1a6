package com.merchantdesk.sandbox.http;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox server runs. It binds to loopback unless told otherwise, and any other address needs TLS
 * ({@code tlsCert}/{@code tlsKey}, PEM), as the brief asks of a platform that is not on this machine.
 *
 * @param retention how long idempotency keys and tombstones are kept (the feed and the keys the same time)
 */
public record SandboxOptions(String bind, int port, Path tlsCert, Path tlsKey, long maxBodyBytes,
                             long rateCapacity, double ratePerSecond, Duration retention, Duration idleTimeout,
                             Duration shutdownGrace, int workerThreads, Clock clock) {

    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

    public SandboxOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(clock, "clock");
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (tlsCert == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("The sandbox binds to " + bind + ", which is not a loopback address:"
                    + " give --tls-cert and --tls-key (PEM) so tokens never cross a network in clear text");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 (any free port) and 65535");
        }
    }

    /** Loopback on a free port, the defaults of the command line: what tests start. */
    public static SandboxOptions loopback(Clock clock) {
        return new SandboxOptions("127.0.0.1", 0, null, null, DEFAULT_MAX_BODY, 200, 100, Duration.ofDays(30),
                Duration.ofMinutes(2), Duration.ofSeconds(30), 16, clock);
    }

    public SandboxOptions withRate(long capacity, double perSecond) {
        return new SandboxOptions(bind, port, tlsCert, tlsKey, maxBodyBytes, capacity, perSecond, retention, idleTimeout,
                shutdownGrace, workerThreads, clock);
    }

    public SandboxOptions withMaxBody(long bytes) {
        return new SandboxOptions(bind, port, tlsCert, tlsKey, bytes, rateCapacity, ratePerSecond, retention, idleTimeout,
                shutdownGrace, workerThreads, clock);
    }

    public SandboxOptions withTls(String bindAddress, Path cert, Path key) {
        return new SandboxOptions(bindAddress, port, cert, key, maxBodyBytes, rateCapacity, ratePerSecond, retention,
                idleTimeout, shutdownGrace, workerThreads, clock);
    }

    public static boolean isLoopback(String address) {
        return address.equals("localhost") || address.equals("::1") || address.equals("[::1]") || address.startsWith("127.");
    }
}
