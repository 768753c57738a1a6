package com.merchantdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's "Work offline" is kept in the data folder's {@code settings.json} with the platform preferences. */
class WorkOfflineSettingTest {

    @TempDir Path temp;

    @Test
    void workOfflineIsSavedAndLoadedBackPerFolder() {
        SettingsStore shop = new SettingsStore(temp.resolve("shop/settings.json"));
        SettingsStore other = new SettingsStore(temp.resolve("other/settings.json"));
        shop.save(Settings.defaults().withPlatform(PlatformPreferences.NONE.withAddress("https://p.example").withWorkOffline(true)));
        other.save(Settings.defaults().withPlatform(PlatformPreferences.NONE.withAddress("https://p.example")));

        assertThat(shop.load().platform().workOffline()).as("the folder switched offline").isTrue();
        assertThat(other.load().platform().workOffline()).as("another folder is not").isFalse();

        shop.save(shop.load().withPlatform(shop.load().platform().withWorkOffline(false)));
        assertThat(shop.load().platform().workOffline()).as("switched back on").isFalse();
    }

    @Test
    void aFileFromBeforeWorkOfflineWasKeptWorksOnline() throws Exception {
        Path file = temp.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", \"platform\": {\"address\": \"https://p.example\","
                + " \"trustedCertificates\": {}}}");

        PlatformPreferences platform = new SettingsStore(file).load().platform();

        assertThat(platform.workOffline()).isFalse();
        assertThat(platform.address()).isEqualTo("https://p.example");
    }

    @Test
    void changingTheAddressOrTrustKeepsWorkOffline() {
        PlatformPreferences offline = new PlatformPreferences("https://a.example", Map.of(), true);

        assertThat(offline.withAddress("https://b.example").workOffline()).isTrue();
        assertThat(offline.trusting("https://b.example", "AB").workOffline()).isTrue();
        assertThat(offline.trusting("https://b.example", "AB").forgetting("https://b.example").workOffline()).isTrue();
    }
}
