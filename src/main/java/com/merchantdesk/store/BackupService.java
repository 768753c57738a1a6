package com.merchantdesk.store;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Consistent copies of the live database ({@code VACUUM INTO} reads one snapshot while the app keeps
 * working) and restores that first check the copy, then swap it in atomically.
 */
public final class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public BackupService(Clock clock) { this.clock = clock; }

    /**
     * Writes a consistent copy of the open database to {@code target}, which must not exist yet. The copy is
     * owner-only (0600 on POSIX systems) wherever it goes: it holds every customer's name, phone and address.
     */
    public Path backup(Database db, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException("The backup file " + absolute + " already exists; choose a new name.");
        }
        try {
            PrivateFiles.createDirectories(absolute.getParent());
            // VACUUM INTO would create the file with the umask's permissions; it fills an empty file as it is.
            PrivateFiles.createNew(absolute).close();
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("The backup file " + absolute + " already exists; choose a new name.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot create the backup file " + absolute + ": " + e.getMessage(), e);
        }
        boolean written = false;
        try {
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("VACUUM INTO '" + absolute.toString().replace("'", "''") + "'");
                }
                return null;
            });
            written = true;
            return absolute;
        } finally {
            if (!written) {
                deleteQuietly(absolute);
            }
        }
    }

    /** A time-stamped file name in the data folder's backups folder. */
    public Path defaultBackupFile(DataDirectory dir) {
        return dir.backups().resolve("merchant-desk-" + STAMP.format(clock.instant()) + ".db");
    }

    /**
     * Checks that {@code backupFile} is a healthy Merchant Desk database this version can open, and returns
     * its schema version. Nothing is changed.
     */
    public int verify(Path backupFile) {
        if (!Files.isRegularFile(backupFile)) {
            throw new StoreException("The backup file " + backupFile + " does not exist.");
        }
        int version = DatabaseFileCheck.inspect(backupFile, new Migrator().latestVersion());
        boolean hasCatalog = DatabaseFileCheck.readOnly(backupFile, c -> {
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'product'")) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
        if (version == 0 || !hasCatalog) {
            throw new StoreException(backupFile + " is not a Merchant Desk backup.");
        }
        return version;
    }

    /**
     * Replaces the database file of {@code dir} with {@code backupFile}. The database must be closed. The
     * current file (with its {@code -wal}) is kept beside it as {@code merchant-desk.db.before-restore} until the next
     * restore.
     *
     * @throws DataFolderInUseException while any process (a window, a command, this one) has the database open
     */
    /**
     * What a restore did for sync: the restored outbox may hold changes the platform already has (sent after the
     * backup was made) and lack ones it was told of since; every row still open is checked against the platform
     * before anything is pushed again ({@link SyncIdentity#outboxNeedsCheck}). The desk keeps its id; new records
     * and keys are made afresh (time-ordered UUIDs), so none repeats one made after the backup.
     */
    public record RestoreReport(long openChanges, boolean deskKnown) {}

    public RestoreReport restore(DataDirectory dir, Path backupFile) {
        verify(backupFile);
        Path db = dir.database();
        Path staged = sibling(db, ".restoring");
        Path previous = sibling(db, ".before-restore");
        try (DatabaseLocks locks = DatabaseLocks.of(db);
             FolderUse.Exclusive alone = locks.use().tryExclusive()
                     .orElseThrow(() -> new DataFolderInUseException(dir.root()))) {
            PrivateFiles.createDirectories(dir.root());
            // Copied into a new owner-only file: Files.copy would give it the backup's permissions.
            Files.deleteIfExists(staged);
            try (FileChannel copy = PrivateFiles.createNew(staged)) {
                Files.copy(backupFile, Channels.newOutputStream(copy));
                copy.force(true); // on disk before it takes the database's name
            }
            Files.deleteIfExists(sibling(previous, "-wal"));
            Files.deleteIfExists(sibling(previous, "-shm"));
            if (Files.exists(db)) {
                Files.move(db, previous, StandardCopyOption.REPLACE_EXISTING);
                // The old file's WAL may hold its last commits: it stays with the old file, and is never
                // replayed over the restored one.
                if (Files.exists(sibling(db, "-wal"))) {
                    Files.move(sibling(db, "-wal"), sibling(previous, "-wal"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.deleteIfExists(sibling(db, "-wal"));
            Files.deleteIfExists(sibling(db, "-shm"));
            Files.move(staged, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backupFile + ": " + e.getMessage(), e);
        }
        // Upgrade a backup made by an older version now, so the app opens it straight away, and mark its outbox.
        try (Database restored = Database.open(db)) {
            return restored.write(c -> {
                SyncIdentity.setOutboxNeedsCheck(c, true);
                Outbox.afterRestart(c);
                return new RestoreReport(Outbox.pendingCount(c), SyncIdentity.deskCode(c).isPresent());
            });
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure of the backup itself is what the seller needs to hear about
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
