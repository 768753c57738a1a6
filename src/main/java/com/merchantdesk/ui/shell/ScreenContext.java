package com.merchantdesk.ui.shell;

import com.merchantdesk.AppContext;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What a screen gets from the shell: the services, the one background executor every database task runs on,
 * the status bar, and the window to own its dialogs.
 *
 * @param background runs {@code javafx.concurrent.Task}s off the FX thread
 */
public record ScreenContext(AppContext app, Executor background, StatusBarModel status, Supplier<Window> owner) {}
