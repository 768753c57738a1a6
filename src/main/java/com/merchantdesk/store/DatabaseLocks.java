package com.merchantdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The cross-process locks of one database file ({@link WriteLock}, {@link FolderUse}), shared by everything in
 * this process that has the file open, and let go when the last of them closes.
 */
final class DatabaseLocks implements AutoCloseable {

    private static final Map<Path, DatabaseLocks> OPEN = new HashMap<>(); // guarded by DatabaseLocks.class

    private final Path key;
    private final LockFile writeFile;
    private final LockFile useFile;
    private final WriteLock write;
    private final FolderUse use;
    private int users; // guarded by DatabaseLocks.class

    private DatabaseLocks(Path key, LockFile writeFile, LockFile useFile) {
        this.key = key;
        this.writeFile = writeFile;
        this.useFile = useFile;
        this.write = new WriteLock(key, writeFile);
        this.use = new FolderUse(key, useFile);
    }

    /** The locks of {@code database} (which need not exist yet); close when done with them. */
    static DatabaseLocks of(Path database) {
        Path key = realPath(database);
        synchronized (DatabaseLocks.class) {
            DatabaseLocks locks = OPEN.get(key);
            if (locks == null) {
                LockFile writeFile = null;
                try {
                    writeFile = LockFile.open(WriteLock.lockFileOf(key));
                    LockFile useFile = LockFile.open(FolderUse.lockFileOf(key));
                    locks = new DatabaseLocks(key, writeFile, useFile);
                } catch (IOException e) {
                    if (writeFile != null) {
                        writeFile.close();
                    }
                    throw new StoreException("Cannot open the lock files of " + key + ": " + e.getMessage(), e);
                }
                OPEN.put(key, locks);
            }
            locks.users++;
            return locks;
        }
    }

    /** The same file however it is named (a link, a relative path). */
    private static Path realPath(Path database) {
        Path absolute = database.toAbsolutePath();
        try {
            PrivateFiles.createDirectories(absolute.getParent());
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            throw new StoreException("Cannot open the folder of " + absolute + ": " + e.getMessage(), e);
        }
    }

    WriteLock write() { return write; }

    FolderUse use() { return use; }

    @Override
    public void close() {
        synchronized (DatabaseLocks.class) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(key);
            write.close();
            writeFile.close();
            useFile.close();
        }
    }
}
