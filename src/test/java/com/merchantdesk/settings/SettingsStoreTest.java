package com.merchantdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.testsupport.PosixModes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {

    @TempDir Path temp;

    private Path file() { return temp.resolve("settings.json"); }

    @Test
    void savedSettingsLoadBackEqual() {
        Settings settings = new Settings("ko", Settings.DARK, "KRW", "김씨네 가게", "서울시 1번지\n2층",
                new Settings.WindowBounds(10.5, 20, 1280, 800, true));
        SettingsStore store = new SettingsStore(temp.resolve("new-folder/settings.json"));

        store.save(settings);

        assertThat(new SettingsStore(temp.resolve("new-folder/settings.json")).load()).isEqualTo(settings);
    }

    @Test
    void missingFileGivesDefaults() {
        assertThat(new SettingsStore(file()).load()).isEqualTo(Settings.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{not json", "null", "[]", "42", "\"text\"", "{\"window\": \"big\"}", "{\"theme\": {}}"})
    void unreadableFileGivesDefaults(String content) throws Exception {
        Files.writeString(file(), content);
        assertThat(new SettingsStore(file()).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void folderInPlaceOfTheFileGivesDefaults() throws Exception {
        Files.createDirectory(file());
        assertThat(new SettingsStore(file()).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Files.writeString(file(), "{\"languageTag\":\"zh-CN\",\"theme\":\"dark\",\"syncEveryMinutes\":5}");
        Settings loaded = new SettingsStore(file()).load();
        assertThat(loaded.languageTag()).isEqualTo("zh-CN");
        assertThat(loaded.theme()).isEqualTo(Settings.DARK);
        assertThat(loaded.currency()).isEqualTo("USD");
        assertThat(loaded.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void saveReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        SettingsStore store = new SettingsStore(file());
        store.save(Settings.defaults().withShop("First", ""));
        store.save(Settings.defaults().withShop("Second", ""));

        assertThat(store.load().shopName()).isEqualTo("Second");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void failedSaveLeavesThePreviousFileIntact() throws Exception {
        SettingsStore store = new SettingsStore(file());
        store.save(Settings.defaults().withShop("Kept", ""));
        String before = Files.readString(file());
        // The temporary file cannot be written: the save must fail without touching settings.json.
        Path blocker = temp.resolve("settings.json.tmp");
        Files.createDirectory(blocker);
        Files.writeString(blocker.resolve("inside"), "x");

        assertThatThrownBy(() -> store.save(Settings.defaults().withShop("Lost", ""))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("settings.json");

        assertThat(Files.readString(file())).isEqualTo(before);
        assertThat(store.load().shopName()).isEqualTo("Kept");
    }

    @Test
    void settingsNormaliseMissingAndUnknownValues() {
        Settings s = new Settings(null, "purple", " ", null, null, null);
        assertThat(s).isEqualTo(Settings.defaults());
        assertThat(s.withTheme(Settings.DARK).theme()).isEqualTo(Settings.DARK);
        assertThat(s.withLanguageTag("ko").locale()).isEqualTo(Locale.KOREAN);
        assertThat(s.locale()).isEqualTo(Locale.getDefault());
    }

    @Test
    void savedSettingsAreOwnerOnlyEvenWhenACrashLeftATemporaryFileOpenToOthers() throws Exception {
        PosixModes.assumePosixWithOpenUmask(temp);
        Path stale = Files.writeString(temp.resolve("settings.json.tmp"), "{\"half\":");
        PosixModes.setMode(stale, "rw-r--r--");

        new SettingsStore(file()).save(Settings.defaults().withShop("김씨네 가게", "서울시 1번지"));

        assertThat(PosixModes.mode(file())).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(new SettingsStore(file()).load().shopName()).isEqualTo("김씨네 가게");
        assertThat(stale).doesNotExist();
    }

    @Test
    void aFolderMadeForTheSettingsIsOwnerOnly() {
        PosixModes.assumePosixWithOpenUmask(temp);

        new SettingsStore(temp.resolve("new-folder/settings.json")).save(Settings.defaults());

        assertThat(PosixModes.mode(temp.resolve("new-folder"))).isEqualTo(PosixModes.OWNER_FOLDER);
        assertThat(PosixModes.mode(temp.resolve("new-folder/settings.json"))).isEqualTo(PosixModes.OWNER_FILE);
    }
}
