package com.merchantdesk.sync.view;

import com.merchantdesk.settings.PlatformPreferences;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.sync.connection.PreferencesAccess;
import com.merchantdesk.ui.shell.ShellSettings;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * The platform preferences through the window's settings, which own {@code settings.json} while the window runs (a
 * save of their own would otherwise overwrite a change made beside them). Readable and changeable from any thread:
 * a change is seen at once by the caller and reaches the shell's settings on the FX thread, where it applies to
 * what they hold then, and is written at once. Several of these (the sync runner's, the Settings form's) share one
 * window's settings: each follows the others' changes, so none writes back a platform it read before them.
 */
final class ShellPreferences implements PreferencesAccess {

    private final ShellSettings settings;
    private volatile PlatformPreferences latest;
    /** Held here: the settings keep only a weak reference, so a closed watcher's preferences can go. */
    private final ChangeListener<Settings> follow = (obs, before, after) -> latest = after.platform();

    ShellPreferences(ShellSettings settings) {
        this.settings = settings;
        this.latest = settings.get().platform();
        settings.property().addListener(new WeakChangeListener<>(follow));
    }

    @Override
    public PlatformPreferences get() { return latest; }

    @Override
    public synchronized void update(UnaryOperator<PlatformPreferences> change) {
        latest = change.apply(latest);
        if (Platform.isFxApplicationThread()) {
            apply(change);
        } else {
            Platform.runLater(() -> apply(change));
        }
    }

    // A platform preference ("Work offline", the address) must survive the process ending the next moment: no quiet spell.
    private void apply(UnaryOperator<PlatformPreferences> change) {
        Settings before = settings.get();
        settings.update(s -> s.withPlatform(change.apply(s.platform())));
        if (settings.get() != before) {
            settings.flush();
        }
    }
}
