package com.merchantdesk.ui.shell;

import java.util.List;

/**
 * What the main window keeps across rebuilds (language change, restore): settings, the background pool, the
 * screens of the rail, the file dialogs, and how to quit.
 */
public record ShellServices(ShellSettings settings, BackgroundExecutor background,
                            List<ScreenEntry> screens, FilePicker files, Runnable quit) {

    public ShellServices {
        screens = List.copyOf(screens);
    }
}
