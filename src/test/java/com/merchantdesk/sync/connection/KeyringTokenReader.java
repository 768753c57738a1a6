package com.merchantdesk.sync.connection;

import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;

/**
 * The second JVM of {@link KeyringOnSecretServiceTest}: prints which store {@link TokenStores} picks for the data
 * folder {@code args[1]} and what it reads there ("token ...", "no token", or "refused" and the message).
 */
public final class KeyringTokenReader {

    private KeyringTokenReader() {}

    public static void main(String[] args) {
        TokenStore store = TokenStores.forDataFolder(new DataDirectory(Path.of(args[1])));
        System.out.println("kind " + store.kind());
        try {
            System.out.println(store.read().map(token -> "token " + token).orElse("no token"));
        } catch (TokenStoreException e) {
            System.out.println("refused " + e.getMessage());
        }
        System.out.flush();
        // D-Bus threads must not keep this JVM after its answer.
        System.exit(0);
    }
}
