package com.merchantdesk.sync.connection;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.SyncIdentity;
import java.util.function.Consumer;

/**
 * The platform settings as a use case, for the settings form and the {@code platform} command: the address (checked,
 * then kept normalised in the settings), the token (into the token store, never anywhere else), "Test connection",
 * and trusting a self-signed certificate for one address. Address and trust changes are quick and in memory; the
 * token store and the test block, so callers run them off the FX thread.
 */
public final class PlatformSetup {

    public static final String TOKEN_FIELD = "token";

    private final Database database;
    private final PreferencesAccess preferences;
    private final TokenSource tokens;

    public PlatformSetup(Database database, PreferencesAccess preferences, TokenSource tokens) {
        this.database = database;
        this.preferences = preferences;
        this.tokens = tokens;
    }

    public PlatformPreferences preferences() { return preferences.get(); }

    public TokenSource tokens() { return tokens; }

    /** Keeps {@code text} as the platform address once it passes the rule; a {@link ValidationException} otherwise. */
    public PlatformAddress setAddress(String text) {
        PlatformAddress address = PlatformAddress.parse(text);
        preferences.update(p -> p.withAddress(address.key()));
        return address;
    }

    /** Stores {@code token} (blocking); refuses an empty one or one with spaces or control characters. */
    public void storeToken(String token) {
        tokens.store().save(checkedToken(token));
    }

    /** The token as typed without surrounding space; a {@link ValidationException} when it cannot be one. */
    public static String checkedToken(String token) {
        String trimmed = token == null ? "" : token.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(FieldError.of(TOKEN_FIELD, "platform.token.required"));
        }
        if (trimmed.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new ValidationException(FieldError.of(TOKEN_FIELD, "platform.token.invalid"));
        }
        return trimmed;
    }

    public void forgetToken() { tokens.store().delete(); }

    public boolean tokenStored() { return tokens.store().isStored(); }

    /** Trusts the certificate with {@code fingerprint} at {@code address} only. */
    public void trust(PlatformAddress address, String fingerprint) {
        String normalised = CertificateFingerprint.normalise(fingerprint)
                .orElseThrow(() -> new ValidationException(FieldError.of("fingerprint", "platform.trust.badFingerprint", fingerprint)));
        preferences.update(p -> p.trusting(address.key(), normalised));
    }

    /** Tests the address now in the settings with the current token (blocking). */
    public ConnectionReport test(Consumer<String> progress) {
        // Made once and kept for good (a restored backup keeps it): the id the platform knows this desk by.
        String deskId = database.write(SyncIdentity::deskId);
        return ConnectionCheck.run(preferences.get(), tokens, deskId, progress);
    }
}
