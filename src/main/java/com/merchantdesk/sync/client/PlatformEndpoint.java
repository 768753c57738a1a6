package com.merchantdesk.sync.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the platform is and how to reach it: its base address (e.g. {@code http://127.0.0.1:8780}), an HTTP client
 * that already trusts what the seller chose to trust for that address, and the token, read each time a request is
 * made (so a new token given mid-run is used by the next request, and the token is never kept in a field longer than
 * the caller wants).
 */
public record PlatformEndpoint(URI address, HttpClient http, Supplier<String> token) {

    public PlatformEndpoint {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(token, "token");
    }

    /** The address of an API path such as {@code /v1/changes?cursor=…}. */
    public URI resolve(String pathAndQuery) {
        String base = address.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + pathAndQuery);
    }

    @Override
    public String toString() {
        return "PlatformEndpoint[" + address + "]";
    }
}
