package com.merchantdesk.sync.connection;

import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.settings.SettingsStore;
import java.util.function.UnaryOperator;

/**
 * Reads and changes the platform preferences inside the app's settings: in the window through the shell's settings
 * (which owns {@code settings.json} while it runs), on the command line straight through the {@link SettingsStore}.
 */
public interface PreferencesAccess {

    PlatformPreferences get();

    void update(UnaryOperator<PlatformPreferences> change);

    /** The settings file itself (the command line: no window owns it). */
    static PreferencesAccess of(SettingsStore store) {
        return new PreferencesAccess() {
            @Override
            public PlatformPreferences get() { return store.load().platform(); }

            @Override
            public void update(UnaryOperator<PlatformPreferences> change) {
                synchronized (store) {
                    var settings = store.load();
                    store.save(settings.withPlatform(change.apply(settings.platform())));
                }
            }
        };
    }
}
