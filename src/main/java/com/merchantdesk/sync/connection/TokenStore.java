package com.merchantdesk.sync.connection;

import java.util.Optional;

/**
 * Where the platform token is kept between runs, never in plain text: the OS keyring ({@link KeyringTokenStore}) or,
 * where none answers, an AES-GCM ciphertext whose key lives outside the data folder ({@link EncryptedFileTokenStore}).
 * {@link TokenStores#forDataFolder} picks one.
 */
public interface TokenStore {

    /** Which kind of store this is, for the settings form and the docs' promise. */
    enum Kind { KEYRING, ENCRYPTED_FILE }

    Kind kind();

    /** The stored token, or empty when none is stored; a {@link TokenStoreException} when one is but cannot be read. */
    Optional<String> read();

    /** Whether a token is stored (without reading it). */
    boolean isStored();

    void save(String token);

    /** Forgets the stored token; nothing when none is stored. */
    void delete();
}
