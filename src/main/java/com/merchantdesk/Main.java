package com.merchantdesk;

import com.merchantdesk.cli.RootCommand;
import com.merchantdesk.cli.WindowArguments;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point for the window and the command line. It does not extend {@code Application}, so the app
 * runs from a plain jar with JavaFX on the class path, and commands that need no window never start the
 * JavaFX toolkit.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Optional<WindowArguments> window = WindowArguments.parse(args);
        StartupTrace.mark("arguments read");
        if (window.isPresent()) {
            window.get().open();
            return;
        }
        int exit = RootCommand.commandLine().execute(args);
        if (exit != RootCommand.WINDOW_OPENED) {
            System.exit(exit);
        }
    }
}
