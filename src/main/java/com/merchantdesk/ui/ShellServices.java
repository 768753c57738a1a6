package com.merchantdesk.ui;

import java.util.List;
import java.util.function.Function;

/**
 * What the main window keeps across rebuilds (language change, restore): settings, the background pool, how
 * to build the screens, the file dialogs, and how to quit.
 */
public record ShellServices(ShellSettings settings, BackgroundExecutor background,
                            List<Function<ScreenContext, Screen>> screenFactories, FilePicker files, Runnable quit) {

    public ShellServices {
        screenFactories = List.copyOf(screenFactories);
    }
}
