package com.merchantdesk.sync.client;

/** The platform answered something the API document does not allow (a body that is not JSON, a missing field). */
public final class PlatformProtocolException extends RuntimeException {
    public PlatformProtocolException(String message, Throwable cause) { super(message, cause); }

    public PlatformProtocolException(String message) { super(message); }
}
