package com.merchantdesk.sync.client;

import java.io.IOException;

/**
 * The request got no answer: no connection, the connection dropped, or no answer within the request timeout.
 * The request may or may not have been applied; sending it again with the same idempotency key is safe.
 */
public final class PlatformUnreachable extends Exception {
    public PlatformUnreachable(String message, IOException cause) { super(message, cause); }
}
