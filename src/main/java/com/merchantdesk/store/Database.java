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
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The app's SQLite file. Reads share a small pool of connections (WAL lets them run beside a write);
 * writes are serialised through one lock and each runs in a single {@code BEGIN IMMEDIATE} transaction.
 * Nothing here may be called on the JavaFX application thread.
 */
public final class Database implements AutoCloseable {

    private static final int POOL_SIZE = 3;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private Database(Path file, int poolSize) throws SQLException {
        this.file = file;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Connection c = connect(file);
            all.add(c);
            pool.add(c);
        }
    }

    /**
     * Opens (creating if absent) the database, checks it with {@code PRAGMA quick_check} and migrates it.
     *
     * @throws DatabaseDamagedException when the file is not a healthy SQLite database
     * @throws DatabaseTooNewException  when a newer app wrote it
     */
    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for " + file, e);
        }
        boolean existed = Files.exists(file);
        Database db;
        try {
            db = new Database(file, POOL_SIZE);
        } catch (SQLException e) {
            throw new DatabaseDamagedException(file, e.getMessage());
        }
        try {
            if (existed) {
                String verdict = db.read(Database::quickCheck);
                if (!"ok".equals(verdict)) {
                    throw new DatabaseDamagedException(file, verdict);
                }
            }
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
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

    private void migrate() {
        write(c -> {
            // migrate() manages its own transactions; undo the one write() opened.
            c.commit();
            c.setAutoCommit(true);
            try {
                new Migrator().migrate(c);
            } finally {
                // Back in a transaction even when refused, so write() rolls back instead of masking the refusal.
                c.setAutoCommit(false);
            }
            return null;
        });
    }

    public Path file() { return file; }

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
        writeLock.lock();
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return result;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            pool.add(c);
            writeLock.unlock();
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
