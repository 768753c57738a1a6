package com.merchantdesk.sync.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.sync.client.PlatformEndpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * "Test connection": asks the platform who the token belongs to ({@code GET /v1/account}) and which desks the account
 * has ({@code GET /v1/desks}), and says so. An address that is not allowed is refused before any request; each
 * failure (unreachable, certificate not trusted, wrong token, rate limited, server error) has its own message.
 * Blocking: runs off the FX thread.
 */
public final class ConnectionCheck {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private ConnectionCheck() {}

    /**
     * @param deskId   this desk's id, to find its code among the account's desks
     * @param progress told each step in the seller's words
     */
    public static ConnectionReport run(PlatformPreferences preferences, TokenSource tokens, String deskId,
                                       Consumer<String> progress) {
        PlatformAddress address;
        try {
            address = PlatformAddress.parse(preferences.address());
        } catch (ValidationException refused) {
            throw new ConnectionProblem(ConnectionProblem.Kind.ADDRESS,
                    refused.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")));
        }
        Optional<String> token;
        try {
            token = tokens.current();
        } catch (TokenStoreException unreadable) {
            throw new ConnectionProblem(ConnectionProblem.Kind.NO_TOKEN, unreadable.getMessage());
        }
        if (token.isEmpty()) {
            throw new ConnectionProblem(ConnectionProblem.Kind.NO_TOKEN, Messages.get("platform.token.none"));
        }
        String bearer = token.get();
        PlatformEndpoint endpoint = new PlatformEndpoint(address.uri(), PlatformConnections.client(address, preferences), () -> bearer);

        progress.accept(Messages.get("platform.test.asking", address));
        HttpResponse<String> account = get(endpoint, address, "/v1/account");
        JsonNode accountBody = body(account, address);
        ConnectionReport.RateLimit rateLimit = rateLimit(account);

        progress.accept(Messages.get("platform.test.askingDesks"));
        JsonNode desks = body(get(endpoint, address, "/v1/desks"), address).path("desks");
        Optional<String> deskCode = Optional.empty();
        for (JsonNode desk : desks) {
            if (desk.path("desk_id").asText().equals(deskId)) {
                deskCode = Optional.of(desk.path("desk_code").asText());
            }
        }
        return new ConnectionReport(address.key(), accountBody.path("seller").asText(), accountBody.path("name").asText(),
                deskCode, desks.size(), rateLimit);
    }

    private static HttpResponse<String> get(PlatformEndpoint endpoint, PlatformAddress address, String path) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + endpoint.token().get())
                .GET().build();
        try {
            return endpoint.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (SSLHandshakeException e) {
            throw untrusted(address, e);
        } catch (SSLException e) {
            throw new ConnectionProblem(ConnectionProblem.Kind.UNREACHABLE, Messages.get("platform.test.tlsFailed", address), null, e);
        } catch (HttpConnectTimeoutException | ConnectException | UnknownHostException e) {
            throw unreachable(address, e);
        } catch (HttpTimeoutException e) {
            throw new ConnectionProblem(ConnectionProblem.Kind.UNREACHABLE, Messages.get("platform.test.timeout", address), null, e);
        } catch (IOException e) {
            // The HTTP client wraps a refused TLS handshake or connection in a plain IOException at times.
            if (causedBy(e, SSLHandshakeException.class)) {
                throw untrusted(address, e);
            }
            throw unreachable(address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionProblem(ConnectionProblem.Kind.UNREACHABLE, Messages.get("platform.test.interrupted"), null, e);
        }
    }

    private static JsonNode body(HttpResponse<String> response, PlatformAddress address) {
        int status = response.statusCode();
        if (status == 401) {
            throw new ConnectionProblem(ConnectionProblem.Kind.WRONG_TOKEN, Messages.get("platform.test.wrongToken", address));
        }
        if (status == 429) {
            long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
            throw new ConnectionProblem(ConnectionProblem.Kind.RATE_LIMITED, Messages.get("platform.test.rateLimited", wait));
        }
        if (status != 200) {
            throw new ConnectionProblem(ConnectionProblem.Kind.PLATFORM_ERROR,
                    Messages.get("platform.test.status", status, problemTitle(response)));
        }
        try {
            return PlatformJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new ConnectionProblem(ConnectionProblem.Kind.PLATFORM_ERROR, Messages.get("platform.test.notJson", address), null, e);
        }
    }

    private static String problemTitle(HttpResponse<String> response) {
        try {
            JsonNode problem = PlatformJson.mapper().readTree(response.body());
            String title = problem.path("title").asText("");
            return title.isBlank() ? "" : title;
        } catch (IOException | RuntimeException notProblem) {
            return "";
        }
    }

    private static ConnectionReport.RateLimit rateLimit(HttpResponse<?> response) {
        return new ConnectionReport.RateLimit(header(response, "RateLimit-Limit"), header(response, "RateLimit-Remaining"),
                header(response, "RateLimit-Reset"));
    }

    private static OptionalLong header(HttpResponse<?> response, String name) {
        try {
            return response.headers().firstValueAsLong(name);
        } catch (NumberFormatException garbled) {
            return OptionalLong.empty();
        }
    }

    private static ConnectionProblem untrusted(PlatformAddress address, Exception e) {
        Optional<OfferedCertificate> offered = OfferedCertificate.read(address, PlatformConnections.CONNECT_TIMEOUT);
        String message = offered.map(c -> Messages.get("platform.test.untrusted", address, c.subject(), c.fingerprint()))
                .orElseGet(() -> Messages.get("platform.test.tlsFailed", address));
        return new ConnectionProblem(ConnectionProblem.Kind.UNTRUSTED_CERTIFICATE, message, offered.orElse(null), e);
    }

    private static ConnectionProblem unreachable(PlatformAddress address, Exception e) {
        return new ConnectionProblem(ConnectionProblem.Kind.UNREACHABLE, Messages.get("platform.test.unreachable", address), null, e);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
