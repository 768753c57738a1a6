package com.merchantdesk.sync.connection;

import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;

/** Picks the token store of a data folder: the OS keyring where one answers, else the encrypted file. */
public final class TokenStores {

    private TokenStores() {}

    /** The store for {@code dir}; the key of the encrypted file goes into {@link KeyFolder#current()}. */
    public static TokenStore forDataFolder(DataDirectory dir) {
        if (KeyringProbe.available()) {
            return new KeyringTokenStore(dir.root().toString());
        }
        return encrypted(dir, KeyFolder.current());
    }

    /** The encrypted-file store with its key in {@code keyFolder} (never inside the data folder). */
    public static EncryptedFileTokenStore encrypted(DataDirectory dir, Path keyFolder) {
        return new EncryptedFileTokenStore(keyFolder.resolve(EncryptedFileTokenStore.KEY_FILE), dir.root());
    }
}
