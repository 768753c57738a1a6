package com.merchantdesk.ui.shell;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.store.WriterInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

/** Backup and restore as the window does them: plain file and database work, run off the FX thread. */
public final class DataSafety {

    /** The reopened services, and the restore's failure if it failed after the old database was closed. */
    record Restored(AppContext app, RuntimeException failure) {}

    private DataSafety() {}

    /**
     * Writes a backup to {@code target}. The seller already agreed to replace an existing file in the save
     * dialog; the old file is replaced only once the new copy is complete, so a failed backup keeps it.
     */
    public static Path backupTo(AppContext app, Path target) {
        Path absolute = target.toAbsolutePath();
        if (!Files.exists(absolute)) {
            return app.backups().backup(app.database(), absolute);
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            app.backups().backup(app.database(), partial);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            return absolute;
        } catch (IOException e) {
            throw new StoreException("Could not write the backup to " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** A new backup in the data folder's backups folder, named by the time. */
    public static Path backupNow(AppContext app) {
        return app.backups().backup(app.database(), app.backups().defaultBackupFile(app.dataDirectory()));
    }

    /**
     * Checks {@code backup}, closes {@code app}, swaps the file in and opens the folder again. A backup that
     * fails the check throws before anything is closed; {@code closed} tells the caller whether {@code app}
     * may still be used.
     */
    static Restored restore(AppContext app, Path backup, AtomicBoolean closed) {
        app.backups().verify(backup);
        app.close();
        closed.set(true);
        RuntimeException failure = null;
        try {
            app.backups().restore(app.dataDirectory(), backup);
        } catch (RuntimeException e) {
            failure = e;
        }
        return new Restored(AppContext.open(app.dataDirectory(), app.clock(), WriterInfo.window(), WriteWaitListener.NONE),
                failure);
    }
}
