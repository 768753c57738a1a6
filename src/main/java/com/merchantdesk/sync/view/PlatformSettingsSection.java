package com.merchantdesk.sync.view;

import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.settings.view.SettingsSection;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.connection.PlatformSetup;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.sync.connection.TokenSource;
import com.merchantdesk.sync.connection.TokenStores;
import com.merchantdesk.ui.shell.ScreenContext;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Settings → Platform: the platform's address, the API token (stored in the OS keyring or encrypted, never shown),
 * "Test connection", and trusting a self-signed certificate for one address ({@link PlatformSettingsView}).
 */
public final class PlatformSettingsSection implements SettingsSection {

    @Override public int order() { return 50; }

    @Override public String id() { return "platform"; }

    @Override public String titleKey() { return "platform.view.section"; }

    @Override
    public Node content(ScreenContext context) {
        DataDirectory dir = context.app().dataDirectory();
        PreferencesAccess preferences = context.shell() != null
                ? new ShellPreferences(context.shell().settings())
                : PreferencesAccess.of(new SettingsStore(dir.settingsFile()));
        Supplier<PlatformSetup> setup = once(() -> new PlatformSetup(context.app().database(), preferences,
                TokenSource.of(TokenStores.forDataFolder(dir))));
        PlatformSettingsModel model = new PlatformSettingsModel(setup, context.background(), context.status());
        model.load();
        return new PlatformSettingsView(model).view();
    }

    /** Made on first use (off the FX thread: the keyring probe may ask D-Bus), then kept. */
    private static <T> Supplier<T> once(Supplier<T> maker) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = maker.get();
                }
                return made;
            }
        };
    }
}
