package com.merchantdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.sandbox.store.Seller;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;

/**
 * One API request as a route sees it: the seller its token belongs to, the path's and query's parameters, the
 * parsed body of a write, and the server's time when it arrived (one time for everything the request writes).
 */
public record Call(Seller seller, Map<String, Deque<String>> parameters, JsonNode body, Instant now) {

    /** A path or query parameter; null when absent. */
    public String parameter(String name) {
        Deque<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
