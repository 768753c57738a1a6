package com.merchantdesk.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the platform is, as the seller typed it, the self-signed certificates the seller trusts, each for one
 * address only (never for every address), and whether the window works offline. Plain text: the rules for a good
 * address are {@code sync.connection.PlatformAddress}'s. The token is never here (see {@code
 * sync.connection.TokenStore}).
 *
 * @param address              the platform's base address; empty while none is set
 * @param trustedCertificates  per address (as {@code PlatformAddress} normalises it), the SHA-256 fingerprint of
 *                             the one certificate trusted there, in upper-case hex pairs joined by colons
 * @param workOffline          the window's "Work offline": its sync runner does not run until the seller switches it
 *                             off, also after a restart (a metered connection stays unused)
 */
public record PlatformPreferences(String address, Map<String, String> trustedCertificates, boolean workOffline) {

    public static final PlatformPreferences NONE = new PlatformPreferences("", Map.of(), false);

    public PlatformPreferences {
        address = address == null ? "" : address.strip();
        trustedCertificates = trustedCertificates == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trustedCertificates));
    }

    /** Preferences that work online (the form used before "Work offline" was remembered). */
    public PlatformPreferences(String address, Map<String, String> trustedCertificates) {
        this(address, trustedCertificates, false);
    }

    public PlatformPreferences withAddress(String newAddress) {
        return new PlatformPreferences(newAddress, trustedCertificates, workOffline);
    }

    public PlatformPreferences withWorkOffline(boolean offline) {
        return new PlatformPreferences(address, trustedCertificates, offline);
    }

    /** Trusts the certificate with {@code fingerprint} at {@code forAddress} (replacing one trusted there before). */
    public PlatformPreferences trusting(String forAddress, String fingerprint) {
        Map<String, String> next = new LinkedHashMap<>(trustedCertificates);
        next.put(forAddress, fingerprint);
        return new PlatformPreferences(address, next, workOffline);
    }

    /** Trusts no self-signed certificate at {@code forAddress} any more. */
    public PlatformPreferences forgetting(String forAddress) {
        Map<String, String> next = new LinkedHashMap<>(trustedCertificates);
        next.remove(forAddress);
        return new PlatformPreferences(address, next, workOffline);
    }
}
