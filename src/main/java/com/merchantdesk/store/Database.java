package com.merchantdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sqlite.SQLiteConfig;

/**
 * The app's SQLite file. Reads share a small pool of connections (WAL lets them run beside a write);
 * writes take turns through one {@link WriteLock}, across threads and processes (the window, commands), and
 * each runs in a single {@code BEGIN IMMEDIATE} transaction. While it is open, the file is marked in use
 * ({@link FolderUse}), so a restore cannot swap it away. Nothing here may be called on the JavaFX application
 * thread.
 */
public final class Database implements AutoCloseable {

    static final int POOL_SIZE = 3;
    /**
     * SQLite's own wait, a backstop only: writers of this app take turns in {@link WriteLock} before they reach
     * SQLite, so this covers other programs that write to the file (an SQLite browser).
     */
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    /**
     * The WAL is cut back to this size whenever SQLite starts it over after a checkpoint, so one large
     * transaction does not leave a large file behind for the rest of the session (the brief: under 64 MB).
     */
    public static final int WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;
    /** The page cache of the connection that writes pulled pages ({@link #writeRedoable}), in KiB. */
    static final int REDOABLE_CACHE_KIB = 64 * 1024;

    private final Path file;
    private final DatabaseLocks locks;
    private final WriterInfo self;
    private volatile WriteWaitListener waits;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    /** {@link #redoableConnection}: null until the first redoable write. */
    private volatile Connection redoable;
    private volatile boolean closed;
    /** quick_check's verdict on the file as opened: done at once by {@link #open}, later by {@link #openCheckingInBackground}. */
    private volatile CompletableFuture<Void> integrity = CompletableFuture.completedFuture(null);
    /** The check {@link #openCheckingInBackground} put off, started by the first call that wants its verdict. */
    private volatile Thread deferredCheck;

    /** Takes over {@code locks}, with this process already entered as a user of the file. */
    private Database(Path file, DatabaseLocks locks, WriterInfo self, WriteWaitListener waits, int poolSize)
            throws SQLException {
        this.file = file;
        this.locks = locks;
        this.self = self;
        this.waits = waits;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection c = connect(file);
                all.add(c);
                pool.add(c);
            }
        } catch (SQLException e) {
            closeConnections();
            throw e;
        }
    }

    /**
     * Opens (creating if absent) the database, checks it with {@code PRAGMA quick_check} and migrates it.
     *
     * @throws DatabaseDamagedException when the file is not a healthy SQLite database
     * @throws DatabaseTooNewException  when a newer app wrote it
     */
    public static Database open(Path file) { return open(file, WriterInfo.UNNAMED, WriteWaitListener.NONE); }

    /**
     * Like {@link #open(Path)}, for a process that names itself to the processes that may wait for its writes and
     * hears about its own waits through {@code waits} (see {@link #write}).
     */
    public static Database open(Path file, WriterInfo self, WriteWaitListener waits) {
        return open(file, new Migrator(), self, waits);
    }

    /**
     * Like {@link #open}, but when the file is already at this version's schema it answers without waiting for
     * {@code PRAGMA quick_check}: the check reads every page of the file (half a second for 100,000 SKUs, ten
     * seconds with a million orders), and a window needs only a few of them to show its first screen. The check
     * starts on its own read-only connection when its verdict is first wanted ({@link #integrityChecked()}, which
     * the window calls once its first frame is out, or the first write); every write waits for the verdict, and a
     * damaged verdict fails it with {@link DatabaseDamagedException}, so nothing is written to a damaged file.
     * Reads go ahead meanwhile. A file that needs migrating is checked first, as by {@link #open}.
     *
     * @see #integrityChecked()
     */
    public static Database openCheckingInBackground(Path file) {
        return openCheckingInBackground(file, WriterInfo.UNNAMED, WriteWaitListener.NONE);
    }

    /** {@link #openCheckingInBackground(Path)} for a process that names itself, as {@link #open(Path, WriterInfo, WriteWaitListener)}. */
    public static Database openCheckingInBackground(Path file, WriterInfo self, WriteWaitListener waits) {
        Migrator migrator = new Migrator();
        DatabaseLocks locks = enter(file);
        Database db;
        try {
            if (!Files.exists(file) || DatabaseFileCheck.version(file, migrator.latestVersion()) != migrator.latestVersion()) {
                return open(file, migrator, locks, self, waits);
            }
            db = new Database(file, locks, self, waits, POOL_SIZE);
        } catch (SQLException e) {
            leave(locks);
            throw DatabaseFileCheck.failure(file, e);
        } catch (RuntimeException e) {
            leave(locks);
            throw e;
        }
        CompletableFuture<Void> verdict = new CompletableFuture<>();
        Thread check = new Thread(() -> {
            try {
                DatabaseFileCheck.inspect(file, migrator.latestVersion());
                verdict.complete(null);
            } catch (Throwable failure) {
                verdict.completeExceptionally(failure);
            }
        }, "merchant-desk-quick-check");
        check.setDaemon(true);
        db.integrity = verdict;
        db.deferredCheck = check;
        return db;
    }

    /**
     * Completes when {@code PRAGMA quick_check} has passed; fails with {@link DatabaseDamagedException} when it
     * found damage. Already complete for a database opened with {@link #open}; for one opened with
     * {@link #openCheckingInBackground} the first call starts the check.
     */
    public CompletableFuture<Void> integrityChecked() {
        startDeferredCheck();
        return integrity;
    }

    /** Whether quick_check has started (or was done at open); for tests of the deferred start. */
    boolean integrityCheckStarted() { return deferredCheck == null; }

    private void startDeferredCheck() {
        Thread check = deferredCheck;
        if (check == null) {
            return;
        }
        synchronized (this) {
            if (deferredCheck != null) {
                deferredCheck = null;
                check.start();
            }
        }
    }

    /** Opens a database with other migrations than the desk's (the sandbox platform's own file). */
    public static Database open(Path file, Migrator migrator) {
        return open(file, migrator, WriterInfo.UNNAMED, WriteWaitListener.NONE);
    }

    private static Database open(Path file, Migrator migrator, WriterInfo self, WriteWaitListener waits) {
        DatabaseLocks locks = enter(file);
        try {
            return open(file, migrator, locks, self, waits);
        } catch (RuntimeException e) {
            leave(locks);
            throw e;
        }
    }

    /** Opens with {@code locks} entered; the database takes them over, or the caller leaves them on failure. */
    private static Database open(Path file, Migrator migrator, DatabaseLocks locks, WriterInfo self,
                                 WriteWaitListener waits) {
        Database db;
        if (Files.exists(file)) {
            // Read-only first: the pool's connections switch the file to WAL, which already writes to it.
            DatabaseFileCheck.inspect(file, migrator.latestVersion());
            db = connectPool(file, locks, self, waits);
        } else {
            // Two processes creating the file at once would both switch it to WAL: one at a time.
            WriteLock lock = locks.write();
            lock.acquire(self, WriteWaitScope.currentOr(waits));
            try {
                db = connectPool(file, locks, self, waits);
            } finally {
                lock.release();
            }
        }
        try {
            db.migrate(migrator);
            return db;
        } catch (RuntimeException e) {
            db.closeConnections();
            throw e;
        }
    }

    private static Database connectPool(Path file, DatabaseLocks locks, WriterInfo self, WriteWaitListener waits) {
        try {
            return new Database(file, locks, self, waits, POOL_SIZE);
        } catch (SQLException e) {
            throw DatabaseFileCheck.failure(file, e);
        }
    }

    /** This process's hold on the file's locks, as one more user of the file (waiting while a restore runs). */
    private static DatabaseLocks enter(Path file) {
        DatabaseLocks locks = DatabaseLocks.of(file);
        try {
            locks.use().enter();
            return locks;
        } catch (RuntimeException e) {
            locks.close();
            throw e;
        }
    }

    private static void leave(DatabaseLocks locks) {
        locks.use().leave();
        locks.close();
    }

    static Connection connect(Path file) throws SQLException {
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setJournalSizeLimit(WAL_SIZE_LIMIT_BYTES);
        // Take the write lock when the transaction starts, so a busy database fails fast and whole.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** Returns "ok" for a healthy file, otherwise SQLite's first complaint. */
    public static String quickCheck(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer from quick_check";
        }
    }

    /**
     * Runs the migrator on its own transactions, holding the write lock so nothing writes in between (another
     * process that has the file open included). A file already at the latest version needs no write, so opening
     * it never waits for another process's write.
     */
    private void migrate(Migrator migrator) {
        Connection c = borrow();
        try {
            if (Migrator.currentVersion(c) == migrator.latestVersion()) {
                return;
            }
            WriteLock lock = locks.write();
            lock.acquire(self, WriteWaitScope.currentOr(waits));
            try {
                if (!migrator.migrate(c).isEmpty()) {
                    Checkpoints.afterMigration(c);
                }
            } finally {
                lock.release();
            }
        } catch (SQLException e) {
            throw DatabaseFileCheck.failure(file, e);
        } finally {
            pool.add(c);
        }
    }

    /** Who hears about this database's waits for the write lock, unless a {@link WriteWaitScope} says otherwise. */
    public void setWriteWaitListener(WriteWaitListener listener) {
        this.waits = listener == null ? WriteWaitListener.NONE : listener;
    }

    public Path file() { return file; }

    /**
     * Copies everything the WAL holds into the database file and truncates the WAL to nothing. Bulk jobs call it
     * when they end (generation, imports), so their WAL does not stay on disk beside the file; it waits for
     * running writes and for readers still on an older snapshot (reads here are short).
     */
    public void checkpoint() {
        WriteLock writeLock = locks.write();
        writeLock.acquire(self, WriteWaitScope.currentOr(waits));
        try {
            Connection c = borrow();
            try {
                Checkpoints.truncate(c);
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                pool.add(c);
            }
        } finally {
            writeLock.release();
        }
    }

    public int schemaVersion() { return read(Migrator::currentVersion); }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            pool.add(c);
        }
    }

    /**
     * Runs work in one write transaction: all of it is committed durably, or none of it. Waits its turn behind
     * other writers of the file, in this process or another, however long they take; after a second the
     * {@link WriteWaitListener} of the {@link WriteWaitScope} (else of this database) hears what it waits for.
     *
     * @throws DatabaseBusyException when another program (not Merchant Desk) kept the file locked too long
     */
    public <T> T write(SqlWork<T> work) { return write(null, null, work, false); }

    /**
     * Like {@link #write}, for work that can be done again from where it came from if a power failure undoes it: a
     * page of records pulled from the platform together with the position after it. It is as atomic and consistent
     * as every write, but its commit does not wait for the disk (SQLite's {@code synchronous = NORMAL} in WAL mode;
     * an fsync took 3.5 ms, median, on the 2-core machine, for each of a first sync's thousands of pages). The next
     * durable write, or a checkpoint, makes it durable too; a power failure can undo only such pages, read again
     * on the next run.
     */
    public <T> T writeRedoable(SqlWork<T> work) { return write(null, null, work, true); }

    /**
     * Like {@link #write}, with the SQLite file {@code other} attached as schema {@code schema} for the work (a
     * bulk job's rows, prepared before it took its turn, are then copied over in one statement each). SQLite
     * cannot attach a file inside a transaction, so this does it around the transaction.
     */
    public <T> T writeAttaching(Path other, String schema, SqlWork<T> work) {
        if (!schema.matches("[a-z_]+") || schema.equals("main") || schema.equals("temp")) {
            throw new IllegalArgumentException("Not a schema name for an attached file: " + schema);
        }
        return write(other, schema, work, false);
    }

    private <T> T write(Path attached, String schema, SqlWork<T> work, boolean redoable) {
        awaitIntegrity();
        WriteLock writeLock = locks.write();
        writeLock.acquire(self, WriteWaitScope.currentOr(waits));
        try {
            if (redoable) {
                try {
                    return inTransaction(redoableConnection(), work);
                } catch (SQLException e) {
                    throw translate(e);
                }
            }
            // Borrowed inside the try: a closed database must not leave the write lock held.
            Connection c = borrow();
            try {
                if (attached == null) {
                    return inTransaction(c, work);
                }
                attach(c, attached, schema);
                try {
                    return inTransaction(c, work);
                } finally {
                    detach(c, schema);
                }
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                pool.add(c);
            }
        } finally {
            writeLock.release();
        }
    }

    /**
     * The connection of {@link #writeRedoable}, opened at its first use and kept for the next ones (under the write
     * lock): its commits do not wait for the disk, and its larger page cache stays warm from one pulled page to the
     * next. With SQLite's default 2 MB, a page of 5,000 records spilled dirty pages to the WAL before its commit and
     * read index pages back from the file: a fifth of a 1,000,000-order history's time went to those reads and writes
     * (docs/benchmarks.md). Pooled connections take turns, so none of them would keep its cache for the next page.
     */
    private Connection redoableConnection() throws SQLException {
        if (closed) {
            throw new StoreException("The database is closed");
        }
        Connection c = redoable;
        if (c == null) {
            c = connect(file);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA cache_size = -" + REDOABLE_CACHE_KIB);
            }
            redoable = c;
        }
        return c;
    }

    private static void attach(Connection c, Path file, String schema) throws SQLException {
        try (var ps = c.prepareStatement("ATTACH DATABASE ? AS " + schema)) {
            ps.setString(1, file.toAbsolutePath().toString());
            ps.execute();
        }
    }

    private static void detach(Connection c, String schema) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DETACH DATABASE " + schema);
        }
    }

    /**
     * Runs read-only work on one snapshot of the file: whatever other writers commit meanwhile, every query of the
     * work sees the file as it was at its first read. For work that checks many rows against each other, such
     * as an import's plan.
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        Connection c = borrow();
        try (Statement st = c.createStatement()) {
            // A deferred transaction takes no write lock; its first read fixes the snapshot (WAL).
            st.execute("BEGIN DEFERRED");
            try {
                return work.run(c);
            } finally {
                st.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            pool.add(c);
        }
    }

    /** Whether the calling thread is inside a {@link #write} of this file (holds its write lock). */
    public boolean isWritingOnThisThread() { return locks.write().isHeldByCurrentThread(); }

    /** Waits for a check still running; rethrows its damage verdict (a {@link StoreException}) as raised. */
    private void awaitIntegrity() {
        try {
            integrityChecked().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException verdict) {
                throw verdict;
            }
            throw new StoreException("The check of " + file.getFileName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            // A failing rollback must not hide why the work failed.
            try {
                c.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private Connection borrow() {
        if (closed) {
            throw new StoreException("The database is closed");
        }
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the database", e);
        }
    }

    private StoreException translate(SQLException e) {
        if (isBusy(e)) {
            return new DatabaseBusyException(file, e);
        }
        return new StoreException("Database error on " + file.getFileName() + ": " + e.getMessage(), e);
    }

    /** SQLite gave up waiting for a lock another connection holds. */
    static boolean isBusy(SQLException e) {
        int primaryCode = e.getErrorCode() & 0xff;
        return primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closeConnections();
        leave(locks);
    }

    private void closeConnections() {
        closed = true;
        List<Connection> every = new ArrayList<>(all);
        if (redoable != null) {
            every.add(redoable);
        }
        for (Connection c : every) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway; nothing more to do
            }
        }
    }
}
