package com.merchantdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window remembers its last screen; settings files written before that still load. */
class SettingsLastScreenTest {

    @TempDir Path temp;

    @Test
    void lastScreenIsSavedAndLoaded() {
        SettingsStore store = new SettingsStore(temp.resolve("settings.json"));
        Settings saved = Settings.defaults().withTheme(Settings.DARK).withLastScreen("products")
                .withWindow(new Settings.WindowBounds(10, 20, 900, 700, true));
        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
        assertThat(store.load().lastScreen()).isEqualTo("products");
    }

    @Test
    void fileWithoutLastScreenLoadsWithNone() throws Exception {
        Path file = Files.writeString(temp.resolve("settings.json"),
                "{\"languageTag\":\"ko\",\"theme\":\"dark\",\"currency\":\"KRW\",\"shopName\":\"Hana\",\"shopAddress\":\"\",\"window\":null}");

        Settings loaded = new SettingsStore(file).load();

        assertThat(loaded.languageTag()).isEqualTo("ko");
        assertThat(loaded.currency()).isEqualTo("KRW");
        assertThat(loaded.lastScreen()).isEmpty();
    }

    @Test
    void everyWithKeepsTheLastScreen() {
        Settings s = Settings.defaults().withLastScreen("orders");
        assertThat(s.withTheme(Settings.DARK).withLanguageTag("ko").withCurrency("EUR").withShop("A", "B")
                .withWindow(null).lastScreen()).isEqualTo("orders");
        assertThat(new Settings("", "light", "USD", "", "", null).lastScreen()).isEmpty();
    }
}
