package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.sync.connection.KeyFolder;
import com.merchantdesk.sync.connection.TokenStores;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's "Work offline" on the command line: {@code sync status} says the window works offline (and its JSON
 * has {@code workOffline}); {@code sync}, run by hand, still tries the platform and says on stderr why it does.
 */
@ExtendWith(EnglishMessages.class)
class SyncWorkOfflineCommandTest {

    private static final String NOTE = "Work offline is on in the window";

    @TempDir Path temp;
    private Path folder;
    private SettingsStore settings;

    @BeforeEach
    void folder() {
        System.setProperty(KeyFolder.PROPERTY, temp.resolve("config").toString());
        System.setProperty("merchantdesk.keyring", "off");
        folder = temp.resolve("shop");
        settings = new SettingsStore(new DataDirectory(folder).settingsFile());
    }

    @AfterEach
    void clear() {
        System.clearProperty(KeyFolder.PROPERTY);
        System.clearProperty("merchantdesk.keyring");
    }

    private void workOffline(boolean offline) {
        settings.save(settings.load().withPlatform(settings.load().platform()
                .withAddress("http://127.0.0.1:9").withWorkOffline(offline)));
    }

    @Test
    void syncStatusSaysWhetherTheWindowWorksOffline() throws Exception {
        workOffline(true);
        CliRun offline = CliRun.in(folder, "sync", "status");
        assertThat(offline.exit()).as(offline.toString()).isZero();
        assertThat(offline.out()).contains(NOTE);
        JsonNode json = Json.mapper().readTree(CliRun.in(folder, "sync", "status", "--json").out());
        assertThat(json.get("workOffline").asBoolean()).isTrue();
        assertThat(json.has("queued")).as("the status fields are still there").isTrue();

        workOffline(false);
        assertThat(CliRun.in(folder, "sync", "status").out()).doesNotContain(NOTE);
        assertThat(Json.mapper().readTree(CliRun.in(folder, "sync", "status", "--json").out()).get("workOffline").asBoolean())
                .isFalse();
    }

    @Test
    void syncRunByHandStillSyncsAndSaysSo() {
        workOffline(true);
        TokenStores.forDataFolder(new DataDirectory(folder)).save("work-offline-cli-token-0123456789");

        // Port 9 on loopback answers nothing: the run tried the platform and could not finish.
        CliRun run = CliRun.in(folder, "sync", "--once", "--patience", "0");

        assertThat(run.err()).as(run.toString()).contains(NOTE);
        assertThat(run.exit()).as("it tried: " + run).isEqualTo(4);
    }
}
