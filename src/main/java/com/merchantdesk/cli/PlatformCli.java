package com.merchantdesk.cli;

import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.sync.connection.TokenSource;
import com.merchantdesk.sync.connection.TokenStores;

/** What the {@code platform} commands share: the settings file and the token store of the data folder. */
final class PlatformCli {

    private PlatformCli() {}

    static PreferencesAccess preferences(DataDirectory dir) {
        return PreferencesAccess.of(new SettingsStore(dir.settingsFile()));
    }

    /** The token: {@code $MERCHANT_DESK_TOKEN} first (never stored), then the store. */
    static TokenSource tokens(DataDirectory dir) {
        return TokenSource.withEnvironment(TokenStores.forDataFolder(dir), System.getenv());
    }

    static com.merchantdesk.sync.connection.PlatformSetup setup(DataDirectory dir, Database database) {
        return new com.merchantdesk.sync.connection.PlatformSetup(database, preferences(dir), tokens(dir));
    }
}
