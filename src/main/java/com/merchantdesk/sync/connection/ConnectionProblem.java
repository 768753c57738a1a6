package com.merchantdesk.sync.connection;

import java.util.Optional;

/**
 * Why "Test connection" could not say who the platform thinks the desk is, in the seller's words; for a certificate
 * the desk does not trust, the certificate the server offered, so the seller can compare and trust it.
 */
public final class ConnectionProblem extends RuntimeException {

    /** What kind of failure, for the form to react on (e.g. offer to trust a certificate). */
    public enum Kind { ADDRESS, NO_TOKEN, UNREACHABLE, UNTRUSTED_CERTIFICATE, WRONG_TOKEN, RATE_LIMITED, PLATFORM_ERROR }

    private final Kind kind;
    private final transient OfferedCertificate certificate;

    public ConnectionProblem(Kind kind, String message) { this(kind, message, null, null); }

    public ConnectionProblem(Kind kind, String message, OfferedCertificate certificate, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.certificate = certificate;
    }

    public Kind kind() { return kind; }

    /** The certificate the server offered, after a failed certificate check. */
    public Optional<OfferedCertificate> certificate() { return Optional.ofNullable(certificate); }
}
