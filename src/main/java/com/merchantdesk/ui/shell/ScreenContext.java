package com.merchantdesk.ui.shell;

import com.merchantdesk.AppContext;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What a screen gets from the shell: the services, the one background executor every database task runs on,
 * the status bar, the window to own its dialogs, and what the window lends the settings screen.
 *
 * @param background runs {@code javafx.concurrent.Task}s off the FX thread
 * @param shell      the settings, file dialogs and restore of the main window; null for a screen shown alone
 */
public record ScreenContext(AppContext app, Executor background, StatusBarModel status, Supplier<Window> owner,
                            ShellControls shell) {

    /** A context without the main window's controls, for a feature screen shown on its own. */
    public ScreenContext(AppContext app, Executor background, StatusBarModel status, Supplier<Window> owner) {
        this(app, background, status, owner, null);
    }
}
