package com.merchantdesk.sync.client;

import com.merchantdesk.sync.client.PlatformEndpoint;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The platform API over HTTP (docs/platform-api.yaml): one request, one answer. It decides nothing: the engine
 * reads {@link PlatformResponse#kind()}. Every write carries the idempotency key it is given; the token is read
 * from the endpoint for each request and never appears in a message.
 */
public final class PlatformClient {

    /** Long enough for a batch of 500 orders on a busy platform; a request without an answer by then is retried. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final PlatformEndpoint endpoint;
    private final Duration requestTimeout;

    public PlatformClient(PlatformEndpoint endpoint) { this(endpoint, DEFAULT_REQUEST_TIMEOUT); }

    public PlatformClient(PlatformEndpoint endpoint, Duration requestTimeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public PlatformEndpoint endpoint() { return endpoint; }

    public PlatformResponse get(String pathAndQuery) throws PlatformUnreachable {
        return exchange("GET", pathAndQuery, null, null);
    }

    /** A POST, PATCH or DELETE with its idempotency key; {@code jsonBody} null sends no body. */
    public PlatformResponse send(String method, String path, String idempotencyKey, String jsonBody)
            throws PlatformUnreachable {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return exchange(method, path, idempotencyKey, jsonBody);
    }

    private PlatformResponse exchange(String method, String path, String idempotencyKey, String jsonBody)
            throws PlatformUnreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + endpoint.token().get());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = endpoint.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new PlatformUnreachable(method + " " + path + ": no answer within " + requestTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new PlatformUnreachable(method + " " + path + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnreachable(method + " " + path + ": interrupted", new IOException(e));
        }
        return new PlatformResponse(method, path, response.statusCode(), response.body(),
                retryAfter(response).orElse(null));
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    /** {@code Retry-After} in seconds (the form the platform uses); a date form is ignored rather than guessed. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            OptionalLong seconds = parseSeconds(value.strip());
            return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
        });
    }

    private static OptionalLong parseSeconds(String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value));
    }
}
