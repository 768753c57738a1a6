package com.merchantdesk.store;

/** A failure of the local store that the seller must be told about in plain words. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
