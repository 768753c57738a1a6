package com.merchantdesk.cli;

import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchant-desk [--data-dir DIR] [COMMAND]}: without a command, opens the window. */
@Command(name = "merchant-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Back office for small marketplace sellers. Without a command, opens the window.",
        subcommands = {})
public final class RootCommand implements Callable<Integer> {

    /** Returned when the window was opened: the JavaFX thread keeps the process alive, so do not exit. */
    public static final int WINDOW_OPENED = -1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data folder (default: the per-user folder of this system).")
    Path dataDir;

    @Option(names = "--demo", description = "With the window: fill an empty database with the demo shop first.")
    boolean demo;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        return cl;
    }

    /** The folder to work on: {@code --data-dir} when given, else the platform's default. */
    public DataDirectory dataDirectory() {
        return dataDir == null ? DataDirectory.platformDefault() : new DataDirectory(dataDir);
    }

    @Override
    public Integer call() {
        com.merchantdesk.ui.DesktopLauncher.launch(dataDirectory(), demo);
        return WINDOW_OPENED;
    }
}
