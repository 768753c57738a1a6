package com.merchantdesk.sync.connection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** A certificate's SHA-256 fingerprint as browsers and {@code openssl x509 -fingerprint -sha256} show it. */
public final class CertificateFingerprint {

    private CertificateFingerprint() {}

    /** Upper-case hex pairs joined by colons, e.g. {@code 3A:F1:…} (32 pairs). */
    public static String of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot take the certificate's SHA-256 fingerprint", e);
        }
    }

    /**
     * A fingerprint as the seller may paste it (with or without colons or spaces, any case) in the form
     * {@link #of} gives, or empty when it is not 32 bytes of hex.
     */
    public static java.util.Optional<String> normalise(String text) {
        String hex = text == null ? "" : text.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex)));
    }
}
