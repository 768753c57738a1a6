package com.merchantdesk.sync.connection;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.sync.client.PlatformEndpoint;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the {@link PlatformEndpoint} the sync engine talks through, from the seller's platform preferences and the
 * token: the address checked ({@link PlatformAddress}: HTTPS unless loopback), an HTTP client with a connect
 * timeout that trusts the JDK's certificate authorities and, for that address only, the self-signed certificate
 * the seller chose; and a token supplier that reads the token (environment or store) at every request.
 */
public final class PlatformConnections {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<PlatformPreferences> preferences;
    private final TokenSource token;

    public PlatformConnections(Supplier<PlatformPreferences> preferences, TokenSource token) {
        this.preferences = preferences;
        this.token = token;
    }

    /**
     * The endpoint for the address now in the preferences; a {@link com.merchantdesk.kernel.ValidationException}
     * when there is none or it is not allowed (plain HTTP to another machine).
     */
    public PlatformEndpoint endpoint() {
        PlatformPreferences now = preferences.get();
        PlatformAddress address = PlatformAddress.parse(now.address());
        return new PlatformEndpoint(address.uri(), client(address, now), this::currentToken);
    }

    private String currentToken() {
        return token.current().orElseThrow(() -> new IllegalStateException(Messages.get("platform.token.none")));
    }

    /** A client for {@code address}: certificate checks always on, plus the certificate trusted for it, if any. */
    static HttpClient client(PlatformAddress address, PlatformPreferences preferences) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        trustedFingerprint(address, preferences).ifPresent(pin -> builder.sslContext(PinnedCertificateTrust.context(pin)));
        return builder.build();
    }

    /** The fingerprint trusted at exactly this address (HTTPS only: plain HTTP has no certificate). */
    static Optional<String> trustedFingerprint(PlatformAddress address, PlatformPreferences preferences) {
        if (!address.isHttps()) {
            return Optional.empty();
        }
        return Optional.ofNullable(preferences.trustedCertificates().get(address.key()));
    }
}
