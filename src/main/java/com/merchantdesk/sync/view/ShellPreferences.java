package com.merchantdesk.sync.view;

import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.ui.shell.ShellSettings;
import java.util.function.UnaryOperator;
import javafx.application.Platform;

/**
 * The platform preferences through the window's settings, which own {@code settings.json} while the window runs (a
 * save of their own would otherwise overwrite a change made beside them). Readable and changeable from any thread:
 * a change is seen at once by the caller and reaches the shell's settings on the FX thread.
 */
final class ShellPreferences implements PreferencesAccess {

    private final ShellSettings settings;
    private volatile PlatformPreferences latest;

    ShellPreferences(ShellSettings settings) {
        this.settings = settings;
        this.latest = settings.get().platform();
    }

    @Override
    public PlatformPreferences get() { return latest; }

    @Override
    public synchronized void update(UnaryOperator<PlatformPreferences> change) {
        PlatformPreferences next = change.apply(latest);
        latest = next;
        if (Platform.isFxApplicationThread()) {
            settings.update(s -> s.withPlatform(next));
        } else {
            Platform.runLater(() -> settings.update(s -> s.withPlatform(next)));
        }
    }
}
