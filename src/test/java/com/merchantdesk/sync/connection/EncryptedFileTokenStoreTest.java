package com.merchantdesk.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.PosixModes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The token encrypted in the data folder with its key in a separate owner-only file outside it. */
@ExtendWith(EnglishMessages.class)
class EncryptedFileTokenStoreTest {

    static final String TOKEN = "live-token-Zq8w3PxY7kLm2Nv5";

    @TempDir Path temp;

    private EncryptedFileTokenStore store(String data, String keys) {
        return TokenStores.encrypted(new DataDirectory(temp.resolve(data)), temp.resolve(keys));
    }

    @Test
    void aStoredTokenReadsBackAndIsNotInTheFileInPlainText() throws Exception {
        EncryptedFileTokenStore store = store("data", "config/merchant-desk");
        assertThat(store.isStored()).isFalse();
        assertThat(store.read()).isEmpty();

        store.save(TOKEN);

        assertThat(store.isStored()).isTrue();
        assertThat(store.read()).hasValue(TOKEN);
        byte[] sealed = Files.readAllBytes(store.ciphertextFile());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN).startsWith("MDT1");
        assertThat(store.ciphertextFile().getParent()).isEqualTo(temp.resolve("data").toAbsolutePath());
        // A new nonce every time: the same token never gives the same file.
        store.save(TOKEN);
        assertThat(Files.readAllBytes(store.ciphertextFile())).isNotEqualTo(sealed);
        assertThat(store.read()).hasValue(TOKEN);
        store.delete();
        assertThat(store.isStored()).isFalse();
        assertThat(store.read()).isEmpty();
    }

    @Test
    void theKeyIsAnOwnerOnlyFileOutsideTheDataFolder() throws Exception {
        PosixModes.assumePosixWithOpenUmask(temp);
        EncryptedFileTokenStore store = store("data", "config/merchant-desk");
        store.save(TOKEN);

        Path key = store.keyFile();
        assertThat(key).isEqualTo(temp.resolve("config/merchant-desk/token.key").toAbsolutePath());
        assertThat(key.startsWith(temp.resolve("data").toAbsolutePath())).isFalse();
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo(PosixModes.OWNER_FOLDER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.ciphertextFile()))).isEqualTo(PosixModes.OWNER_FILE);
    }

    @Test
    void aKeyFolderInsideTheDataFolderIsRefused() {
        assertThatThrownBy(() -> store("data", "data/keys"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the data folder");
    }

    @Test
    void aCopiedDataFolderWithoutTheKeyGivesNoTokenButAClearMessage() throws Exception {
        store("data", "config-a").save(TOKEN);
        EncryptedFileTokenStore elsewhere = store("data", "config-b");

        assertThatThrownBy(elsewhere::read).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("not on this computer").hasMessageNotContaining(TOKEN);

        // Another machine's key (same size) cannot open it either: the GCM tag does not match.
        store("other", "config-b").save("another-token-0123456789");
        assertThatThrownBy(elsewhere::read).isInstanceOf(TokenStoreException.class).hasMessageContaining("cannot be decrypted");
    }

    @Test
    void theEnvironmentTokenWinsAndIsNeverStored() {
        EncryptedFileTokenStore store = store("data", "config");
        store.save(TOKEN);
        TokenSource source = TokenSource.withEnvironment(store, Map.of(TokenSource.ENVIRONMENT, " env-token-0123456789 "));
        assertThat(source.current()).hasValue("env-token-0123456789");
        assertThat(source.fromEnvironment()).isTrue();
        assertThat(store.read()).hasValue(TOKEN);
        assertThat(TokenSource.withEnvironment(store, Map.of(TokenSource.ENVIRONMENT, "  ")).current()).hasValue(TOKEN);
        assertThat(TokenSource.of(store).current()).hasValue(TOKEN);
    }

    @Test
    void theKeyFolderFollowsXdgAndIsNeverTheDataFolder() {
        Path home = Path.of("/home/kim");
        assertThat(KeyFolder.defaultPath("Linux", Map.of(), home)).isEqualTo(home.resolve(".config/merchant-desk"));
        assertThat(KeyFolder.defaultPath("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), home)).isEqualTo(Path.of("/cfg/merchant-desk"));
        assertThat(KeyFolder.defaultPath("Linux", Map.of("XDG_CONFIG_HOME", "rel"), home)).isEqualTo(home.resolve(".config/merchant-desk"));
        assertThat(KeyFolder.defaultPath("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\kim\\AppData\\Local"), home).toString())
                .endsWith("Merchant Desk").contains("Local");
        // The data folders' defaults (README): the key folders are beside them, never inside.
        assertThat(KeyFolder.defaultPath("Linux", Map.of(), home).startsWith(home.resolve(".local/share/merchant-desk"))).isFalse();
        assertThat(KeyFolder.defaultPath("Mac OS X", Map.of(), home)
                .startsWith(home.resolve("Library/Application Support/Merchant Desk"))).isFalse();
        assertThat(KeyFolder.defaultPath("Windows 11", Map.of(), home)
                .startsWith(home.resolve("AppData").resolve("Roaming"))).isFalse();
    }
}
