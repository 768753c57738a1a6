package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/kim");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataDirectory.defaultPath("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME))
                .isEqualTo(Path.of("/data/xdg/merchant-desk"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        assertThat(DataDirectory.defaultPath("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/kim/.local/share/merchant-desk"));
        assertThat(DataDirectory.defaultPath("Linux", Map.of("XDG_DATA_HOME", "  "), HOME))
                .isEqualTo(Path.of("/home/kim/.local/share/merchant-desk"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHomeAsTheSpecSays() {
        assertThat(DataDirectory.defaultPath("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME))
                .isEqualTo(Path.of("/home/kim/.local/share/merchant-desk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.defaultPath("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME))
                .isEqualTo(Path.of("/home/kim/Library/Application Support/Merchant Desk"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\kim\\AppData\\Roaming";
        assertThat(DataDirectory.defaultPath("Windows 11", Map.of("APPDATA", appData), HOME))
                .isEqualTo(Path.of(appData).resolve("Merchant Desk"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderOfHome() {
        assertThat(DataDirectory.defaultPath("Windows 10", Map.of(), HOME))
                .isEqualTo(Path.of("/home/kim/AppData/Roaming/Merchant Desk"));
    }

    @Test
    void filesOfTheFolderHaveFixedNames(@TempDir Path temp) {
        DataDirectory dir = new DataDirectory(temp.resolve("a/../shop"));
        assertThat(dir.root()).isEqualTo(temp.resolve("shop")).isAbsolute();
        assertThat(dir.database()).isEqualTo(temp.resolve("shop/merchant-desk.db"));
        assertThat(dir.settingsFile()).isEqualTo(temp.resolve("shop/settings.json"));
        assertThat(dir.lockFile()).isEqualTo(temp.resolve("shop/.lock"));

        dir.ensureExists();
        assertThat(dir.images()).isDirectory();
        assertThat(dir.thumbnails()).isDirectory();
        assertThat(dir.backups()).isDirectory();
    }
}
