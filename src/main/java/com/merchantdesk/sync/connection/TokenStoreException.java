package com.merchantdesk.sync.connection;

/** The token store failed; the message is in the seller's words (and never holds the token). */
public final class TokenStoreException extends RuntimeException {

    public TokenStoreException(String message, Throwable cause) { super(message, cause); }
}
