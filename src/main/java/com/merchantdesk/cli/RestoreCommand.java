package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.BackupService;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.DataFolderInUseException;
import com.merchantdesk.store.DatabaseDamagedException;
import com.merchantdesk.store.DatabaseTooNewException;
import com.merchantdesk.store.InstanceLock;
import com.merchantdesk.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: replaces the database with a checked backup. Works on a damaged database too (it never
 * opens the current file), and refuses while a window or another command has the data folder open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the database with a backup, after checking the backup.",
                "The current database is kept beside it as merchant-desk.db.before-restore.",
                "Close the window first: a data folder in use (by the window or a running command) is refused."})
final class RestoreCommand extends DataCommand {

    @Parameters(paramLabel = "FILE", description = "A backup made with 'backup' or from the window.")
    Path file;

    @Override
    public Integer call() {
        DataDirectory dir = dataDirectory();
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(Messages.get("cli.restore.missing", file.toAbsolutePath()));
        }
        BackupService backups = new BackupService(Clock.systemUTC());
        verify(backups);
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dir.lockFile());
        if (lock.isEmpty()) {
            spec.commandLine().getErr().println(Messages.get("cli.restore.locked", dir.root()));
            spec.commandLine().getErr().flush();
            return ExitCode.SOFTWARE;
        }
        BackupService.RestoreReport report;
        try (InstanceLock held = lock.get()) {
            dir.ensurePrivate();
            report = backups.restore(dir, file);
        } catch (DataFolderInUseException e) {
            // No window (it would hold the lock above): a command has the database open.
            spec.commandLine().getErr().println(Messages.get("cli.restore.inUse", dir.root()));
            spec.commandLine().getErr().flush();
            return ExitCode.SOFTWARE;
        }
        Path previous = dir.database().resolveSibling(dir.database().getFileName() + ".before-restore");
        out().println(Messages.get("cli.restore.done", file.toAbsolutePath(), dir.root(), previous.getFileName()));
        out().println(Messages.get("cli.restore.outboxCheck", String.format(java.util.Locale.ROOT, "%,d", report.openChanges())));
        out().flush();
        return 0;
    }

    /** A backup that cannot be restored is bad input: say so, change nothing, exit 2. */
    private void verify(BackupService backups) {
        try {
            backups.verify(file);
        } catch (DatabaseTooNewException e) {
            throw new CliInputException(e.getMessage());
        } catch (DatabaseDamagedException e) {
            throw new CliInputException(Messages.get("cli.restore.damaged", file.toAbsolutePath()));
        } catch (StoreException e) {
            throw new CliInputException(Messages.get("cli.restore.notBackup", file.toAbsolutePath()));
        }
    }
}
