package com.merchantdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The tests' client of the sandbox's admin API (not part of the platform API document). */
final class AdminClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TestTimeouts.SAFETY).build();

    private final URI base;
    private final String token;

    AdminClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    JsonNode faults(Map<String, Object>... rules) { return call("POST", "/admin/faults", Map.of("rules", java.util.List.of(rules))).json(); }

    JsonNode faultStates() { return call("GET", "/admin/faults", null).json(); }

    JsonNode act(Map<String, Object> action) {
        Reply reply = call("POST", "/admin/actions", action);
        if (reply.status() != 200) {
            throw new AssertionError("Admin action failed: " + reply);
        }
        return reply.json().path("result");
    }

    Reply call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TestTimeouts.SAFETY)
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(PlatformJson.mapper().writeValueAsBytes(body)));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
