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
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The app's SQLite file. Reads share a small pool of connections (WAL lets them run beside a write);
 * writes are serialised through one lock and each runs in a single {@code BEGIN IMMEDIATE} transaction.
 * Nothing here may be called on the JavaFX application thread.
 */
public final class Database implements AutoCloseable {

    static final int POOL_SIZE = 3;
    private static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * The WAL is cut back to this size whenever SQLite starts it over after a checkpoint, so one large
     * transaction does not leave a large file behind for the rest of the session (the brief: under 64 MB).
     */
    public static final int WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;

    private final Path file;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;
    /** quick_check's verdict on the file as opened: done at once by {@link #open}, later by {@link #openCheckingInBackground}. */
    private volatile CompletableFuture<Void> integrity = CompletableFuture.completedFuture(null);
    /** The check {@link #openCheckingInBackground} put off, started by the first call that wants its verdict. */
    private volatile Thread deferredCheck;

    private Database(Path file, int poolSize) throws SQLException {
        this.file = file;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection c = connect(file);
                all.add(c);
                pool.add(c);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens (creating if absent) the database, checks it with {@code PRAGMA quick_check} and migrates it.
     *
     * @throws DatabaseDamagedException when the file is not a healthy SQLite database
     * @throws DatabaseTooNewException  when a newer app wrote it
     */
    public static Database open(Path file) { return open(file, new Migrator()); }

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
        Migrator migrator = new Migrator();
        if (!Files.exists(file) || DatabaseFileCheck.version(file, migrator.latestVersion()) != migrator.latestVersion()) {
            return open(file, migrator);
        }
        Database db;
        try {
            db = new Database(file, POOL_SIZE);
        } catch (SQLException e) {
            throw DatabaseFileCheck.failure(file, e);
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

    static Database open(Path file, Migrator migrator) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for " + file, e);
        }
        if (Files.exists(file)) {
            // Read-only first: the pool's connections switch the file to WAL, which already writes to it.
            DatabaseFileCheck.inspect(file, migrator.latestVersion());
        }
        Database db;
        try {
            db = new Database(file, POOL_SIZE);
        } catch (SQLException e) {
            throw DatabaseFileCheck.failure(file, e);
        }
        try {
            db.migrate(migrator);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    /** Runs the migrator on its own transactions, holding the write lock so nothing writes in between. */
    private void migrate(Migrator migrator) {
        writeLock.lock();
        try {
            Connection c = borrow();
            try {
                if (!migrator.migrate(c).isEmpty()) {
                    Checkpoints.afterMigration(c);
                }
            } catch (SQLException e) {
                throw DatabaseFileCheck.failure(file, e);
            } finally {
                pool.add(c);
            }
        } finally {
            writeLock.unlock();
        }
    }

    public Path file() { return file; }

    /**
     * Copies everything the WAL holds into the database file and truncates the WAL to nothing. Bulk jobs call it
     * when they end (generation, imports), so their WAL does not stay on disk beside the file; it waits for
     * running writes and for readers still on an older snapshot (reads here are short).
     */
    public void checkpoint() {
        writeLock.lock();
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
            writeLock.unlock();
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

    /** Runs work in one write transaction: all of it is committed durably, or none of it. */
    public <T> T write(SqlWork<T> work) {
        awaitIntegrity();
        writeLock.lock();
        try {
            // Borrowed inside the try: a closed database must not leave the write lock held.
            Connection c = borrow();
            try {
                return inTransaction(c, work);
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                pool.add(c);
            }
        } finally {
            writeLock.unlock();
        }
    }

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
        return new StoreException("Database error on " + file.getFileName() + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway; nothing more to do
            }
        }
    }
}
