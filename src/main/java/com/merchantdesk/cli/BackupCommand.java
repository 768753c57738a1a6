package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup [FILE]}: a consistent copy of the database, safe while the window is open. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the database (safe while the window is open).",
                "Without FILE, the copy goes to the data folder's backups folder with a time-stamped name."})
final class BackupCommand extends DataCommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The new backup file (must not exist yet).")
    Path file;

    @Override
    public Integer call() {
        if (!Files.exists(dataDirectory().database())) {
            throw new CliInputException(Messages.get("cli.backup.noDatabase", dataDirectory().root()));
        }
        if (file != null && Files.exists(file)) {
            throw new CliInputException(Messages.get("cli.backup.exists", file.toAbsolutePath()));
        }
        try (AppContext app = openApp()) {
            Path target = file != null ? file : app.backups().defaultBackupFile(app.dataDirectory());
            Path written = app.backups().backup(app.database(), target);
            out().println(Messages.get("cli.backup.done", written, Files.size(written)));
            out().flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
