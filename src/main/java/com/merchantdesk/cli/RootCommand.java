package com.merchantdesk.cli;

import com.merchantdesk.store.DataDirectory;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code merchant-desk [--data-dir DIR] [COMMAND]}: without a command, opens the window. Exit codes: 0 done,
 * 1 the store failed (damaged or too new database, disk, data folder in use), 2 bad arguments or bad input.
 */
@Command(name = "merchant-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Back office for small marketplace sellers. Without a command, opens the window.",
        subcommands = {ProductsCommand.class, StockCommand.class, OrdersCommand.class, ShipmentsCommand.class, SalesCommand.class,
                DemoCommand.class, GenerateCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
                SandboxCommand.class, SyncCommand.class, PlatformCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store failed (damaged or too new database, disk, data folder in use)",
                "2:bad arguments or bad input; nothing was changed"})
public final class RootCommand implements Callable<Integer> {

    /** Returned when the window was opened: the JavaFX thread keeps the process alive, so do not exit. */
    public static final int WINDOW_OPENED = -1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data folder (default: the per-user folder of this system).")
    Path dataDir;

    @Option(names = "--demo", description = "With the window: a demo folder of its own that syncs live with an embedded sandbox platform.")
    boolean demo;

    /**
     * The command line, writing UTF-8 (product titles are often Korean or Chinese, and JSON is UTF-8 whatever
     * the terminal's locale claims).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        CliErrors errors = new CliErrors();
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setOut(utf8(System.out));
        cl.setErr(utf8(System.err));
        return cl;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The folder to work on: {@code --data-dir} when given, else the platform's default. */
    /**
     * The sandbox platform's folder: {@code --data-dir} when given, else a {@code sandbox} folder inside the default
     * data folder, so the platform's file never sits beside the desk's own.
     */
    public java.nio.file.Path sandboxFolder() {
        return dataDir != null ? dataDir : DataDirectory.platformDefault().root().resolve("sandbox");
    }

    public DataDirectory dataDirectory() {
        return dataDir == null ? DataDirectory.platformDefault() : new DataDirectory(dataDir);
    }

    @Override
    public Integer call() {
        new WindowArguments(dataDir, demo).open();
        return WINDOW_OPENED;
    }
}
