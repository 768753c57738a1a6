package com.merchantdesk.sandbox.http;

/** Where the server writes its one line per request (method, path, status, time, idempotency key; never a token). */
@FunctionalInterface
public interface RequestLog {
    void line(String line);

    RequestLog STDOUT = line -> System.out.println(line);
}
