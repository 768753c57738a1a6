package com.merchantdesk.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A test's HTTP client of the sandbox: real requests over loopback, and every request it makes and every answer
 * it gets checked against docs/platform-api.yaml, so the document and the server cannot drift. Requests made
 * wrong on purpose ({@link #raw}) have only their answers checked.
 */
final class SandboxClient {

    static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("docs/platform-api.yaml").toAbsolutePath().toUri().toString())
            .build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TestTimeouts.SAFETY).build();

    private final URI base;
    private final String token;

    SandboxClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    SandboxClient as(String otherToken) { return new SandboxClient(base, otherToken); }

    Reply get(String pathAndQuery) { return send("GET", pathAndQuery, null, null, true); }

    Reply post(String path, Object body) { return send("POST", path, UUID.randomUUID().toString(), body, true); }

    Reply post(String path, String key, Object body) { return send("POST", path, key, body, true); }

    Reply patch(String path, Object body) { return send("PATCH", path, UUID.randomUUID().toString(), body, true); }

    Reply delete(String path) { return send("DELETE", path, UUID.randomUUID().toString(), null, true); }

    private Reply send(String method, String pathAndQuery, String key, Object body, boolean validateRequest) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            bytes = json(body).getBytes(StandardCharsets.UTF_8);
        }
        return raw(method, pathAndQuery, headers, bytes, validateRequest);
    }

    /** Any request, with exactly these headers and body; {@code validateRequest} false for requests wrong on purpose. */
    Reply raw(String method, String pathAndQuery, Map<String, String> headers, byte[] body, boolean validateRequest) {
        Reply reply = exchange(method, pathAndQuery, headers, body);
        check(method, pathAndQuery, headers, body, reply, validateRequest);
        return reply;
    }

    /**
     * A request to a path or with a method the document does not have (404, 405): OpenAPI cannot describe those
     * answers, so nothing is checked against the document and the test checks the problem body itself.
     */
    Reply unlisted(String method, String pathAndQuery) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        if (!method.equals("GET")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return exchange(method, pathAndQuery, headers, (byte[]) null);
    }

    /** Like {@link #raw}, with the body sent in chunks (no Content-Length), as a client streaming it would. */
    Reply chunked(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        Reply reply = exchange(method, pathAndQuery, headers,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        check(method, pathAndQuery, headers, body, reply, false);
        return reply;
    }

    private Reply exchange(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        return exchange(method, pathAndQuery, headers,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Reply exchange(String method, String pathAndQuery, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TestTimeouts.SAFETY)
                .method(method, body);
        headers.forEach(builder::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    private static void check(String method, String pathAndQuery, Map<String, String> headers, byte[] body, Reply reply,
                              boolean validateRequest) {
        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(decode(kv[0]), decode(kv.length > 1 ? kv[1] : ""));
            }
        }
        headers.forEach(request::withHeader);
        if (body != null) {
            request.withBody(new String(body, StandardCharsets.UTF_8));
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.headers().map().forEach((name, values) -> response.withHeader(name, values));
        ValidationReport report = validateRequest
                ? VALIDATOR.validate(request.build(), response.build())
                : VALIDATOR.validateResponse(uri.getPath(), Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("Not as docs/platform-api.yaml says: " + method + " " + pathAndQuery + " -> " + reply
                    + "\n" + report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n")));
        }
    }

    private static String decode(String s) { return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8); }

    static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return PlatformJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) { return List.of(items); }
}
