package com.merchantdesk.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the platform is, as the seller typed it, and the self-signed certificates the seller trusts, each for one
 * address only (never for every address). Plain text: the rules for a good address are {@code
 * sync.connection.PlatformAddress}'s. The token is never here (see {@code sync.connection.TokenStore}).
 *
 * @param address              the platform's base address; empty while none is set
 * @param trustedCertificates  per address (as {@code PlatformAddress} normalises it), the SHA-256 fingerprint of
 *                             the one certificate trusted there, in upper-case hex pairs joined by colons
 */
public record PlatformPreferences(String address, Map<String, String> trustedCertificates) {

    public static final PlatformPreferences NONE = new PlatformPreferences("", Map.of());

    public PlatformPreferences {
        address = address == null ? "" : address.strip();
        trustedCertificates = trustedCertificates == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trustedCertificates));
    }

    public PlatformPreferences withAddress(String newAddress) {
        return new PlatformPreferences(newAddress, trustedCertificates);
    }

    /** Trusts the certificate with {@code fingerprint} at {@code forAddress} (replacing one trusted there before). */
    public PlatformPreferences trusting(String forAddress, String fingerprint) {
        Map<String, String> next = new LinkedHashMap<>(trustedCertificates);
        next.put(forAddress, fingerprint);
        return new PlatformPreferences(address, next);
    }

    /** Trusts no self-signed certificate at {@code forAddress} any more. */
    public PlatformPreferences forgetting(String forAddress) {
        Map<String, String> next = new LinkedHashMap<>(trustedCertificates);
        next.remove(forAddress);
        return new PlatformPreferences(address, next);
    }
}
