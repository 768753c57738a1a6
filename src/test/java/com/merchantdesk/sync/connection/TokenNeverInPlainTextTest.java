package com.merchantdesk.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a token is stored and Test connection ran against a real sandbox (and a wrong token was tried), the token's
 * bytes are in no file of the data folder (database, WAL, settings, ciphertext), and in no log line the app wrote,
 * every level logged to a file for the test.
 */
@ExtendWith(EnglishMessages.class)
class TokenNeverInPlainTextTest {

    /** The settings file holds the address: the test looked at the right file. */
    private static final String ADDRESS_PREFIX = "http://127.0.0.1:";

    @TempDir Path temp;

    @Test
    void theTokenIsInNoFileOfTheDataFolderAndNoLog() throws Exception {
        Path logFile = temp.resolve("logs/app.log");
        Files.createDirectories(logFile.getParent());
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        FileHandler everything = new FileHandler(logFile.toString());
        everything.setLevel(Level.ALL);
        everything.setFormatter(new SimpleFormatter());
        root.addHandler(everything);
        root.setLevel(Level.ALL);
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        Path config = temp.resolve("config");
        try (PlatformSandbox sandbox = PlatformSandbox.start(temp.resolve("platform"));
             AppContext app = AppContext.open(dir, Clock.systemUTC())) {
            PlatformSetup setup = new PlatformSetup(app.database(), PreferencesAccess.of(new SettingsStore(dir.settingsFile())),
                    TokenSource.of(TokenStores.encrypted(dir, config)));
            setup.setAddress(sandbox.address());
            setup.storeToken("wrong-token-9876543210");
            try {
                setup.test(line -> { });
            } catch (ConnectionProblem expected) {
                assertThat(expected.kind()).isEqualTo(ConnectionProblem.Kind.WRONG_TOKEN);
            }
            setup.storeToken(PlatformSandbox.TOKEN);
            assertThat(setup.test(line -> { }).seller()).isEqualTo("alpha");
            app.database().checkpoint();
        } finally {
            root.removeHandler(everything);
            everything.close();
            root.setLevel(before);
        }

        List<Path> searched = new ArrayList<>(files(dir.root()));
        searched.add(logFile);
        assertThat(searched).contains(dir.settingsFile(), dir.database(), dir.root().resolve(EncryptedFileTokenStore.CIPHERTEXT_FILE));
        assertThat(Files.readString(dir.settingsFile())).contains(ADDRESS_PREFIX);
        assertThat(Files.size(logFile)).as("the log file caught the run").isPositive();
        for (String token : List.of(PlatformSandbox.TOKEN, "wrong-token-9876543210")) {
            byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
            byte[] utf16 = token.getBytes(StandardCharsets.UTF_16LE);
            for (Path file : searched) {
                byte[] content = Files.readAllBytes(file);
                assertThat(indexOf(content, utf8)).as(token + " in " + file).isEqualTo(-1);
                assertThat(indexOf(content, utf16)).as(token + " (UTF-16) in " + file).isEqualTo(-1);
            }
        }
    }


    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
