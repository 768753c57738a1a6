package com.merchantdesk.sandbox.http;

/**
 * A successful answer: status, the body (serialised as JSON, or sent as it is when it is {@link RawJson}) and, for a
 * create, where the record lives.
 */
public record ApiResponse(int status, Object body, String location) {
    public static ApiResponse ok(Object body) { return new ApiResponse(200, body, null); }

    public static ApiResponse created(Object body, String location) { return new ApiResponse(201, body, location); }
}
