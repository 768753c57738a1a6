package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.testsupport.ChildJvm;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes on one database: this test's JVM and a {@link WriterProbe} child. A write that finds the
 * other process writing waits its turn, hears who that is, and succeeds; nothing here depends on how long
 * anything takes (every wait is for something the other side says or does).
 */
class TwoWritersTest {

    @TempDir Path temp;

    @Test
    void aWriteWaitsForAnotherProcessHearsWhoItIsAndBothWritesAreKept() throws Exception {
        Path file = populated();
        RecordingListener heard = new RecordingListener();
        try (ChildJvm child = ChildJvm.start(WriterProbe.class, "hold", file.toString(), "products import");
             Database db = Database.open(file, WriterInfo.command("orders create"), heard)) {
            child.awaitOut("that it holds the write lock", "HOLDING"::equals);

            CompletableFuture<Void> mine = CompletableFuture.runAsync(() -> insertProduct(db, "mine"));
            WriteWait wait = heard.awaitWaiting();
            assertThat(wait.holder()).contains(WriterInfo.command("products import"));
            assertThat(wait.holderPid()).isEqualTo(child.pid());
            assertThat(wait.sameProcess()).isFalse();
            assertThat(wait.database().getFileName()).isEqualTo(file.getFileName());
            assertThat(mine).as("still waiting while the other process writes").isNotDone();

            child.closeInput();
            child.awaitOut("that it committed", "COMMITTED"::equals);
            mine.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
            assertThat(heard.proceeded).hasSize(1);
            assertThat(child.awaitExit()).isZero();
            assertThat(productIds(db)).contains("mine", "probe-" + child.pid());
        }
    }

    @Test
    void theLockOfAProcessThatDiesIsFreedAndTheWaitingWriteGoesAhead() throws Exception {
        Path file = populated();
        RecordingListener heard = new RecordingListener();
        try (ChildJvm child = ChildJvm.start(WriterProbe.class, "hold", file.toString(), "generate");
             Database db = Database.open(file, WriterInfo.command("orders create"), heard)) {
            child.awaitOut("that it holds the write lock", "HOLDING"::equals);
            CompletableFuture<Void> mine = CompletableFuture.runAsync(() -> insertProduct(db, "mine"));
            heard.awaitWaiting();

            child.kill();

            mine.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
            assertThat(productIds(db)).contains("mine").doesNotContain("probe-" + child.pid());
        }
    }

    @Test
    void aWriterInterruptedWhileWaitingLeavesTheLockWorkingForTheOthers() throws Exception {
        Path file = populated();
        RecordingListener heard = new RecordingListener();
        try (ChildJvm child = ChildJvm.start(WriterProbe.class, "hold", file.toString(), "import");
             Database db = Database.open(file, WriterInfo.window(), heard)) {
            child.awaitOut("that it holds the write lock", "HOLDING"::equals);
            CompletableFuture<Throwable> interrupted = new CompletableFuture<>();
            Thread cancelled = new Thread(() -> {
                try {
                    insertProduct(db, "cancelled");
                    interrupted.complete(null);
                } catch (Throwable t) {
                    interrupted.complete(t);
                }
            });
            cancelled.start();
            heard.awaitWaiting();
            // A window cancels its tasks by interrupting them: the wait ends, and must not cost the process its
            // lock file (an interrupted FileChannel.lock closes the channel).
            cancelled.interrupt();
            assertThat(interrupted.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(StoreException.class).hasMessageContaining("Interrupted");

            CompletableFuture<Void> next = CompletableFuture.runAsync(() -> insertProduct(db, "next"));
            heard.awaitWaiting();
            child.closeInput();
            next.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
            assertThat(child.awaitExit()).isZero();
            assertThat(productIds(db)).contains("next", "probe-" + child.pid()).doesNotContain("cancelled");

            // The request given up was let go when granted: another process can take the lock now.
            try (ChildJvm probe = ChildJvm.start(WriterProbe.class, "try-lock", file.toString())) {
                assertThat(probe.awaitOut("whether the lock is free", l -> l.equals("FREE") || l.equals("HELD")))
                        .isEqualTo("FREE");
            }
            // And this process still takes it for its own writes.
            insertProduct(db, "after");
            assertThat(productIds(db)).contains("after");
        }
    }

    @Test
    void whileThisProcessWritesAnotherProcessFindsTheLockTaken() throws Exception {
        Path file = populated();
        try (Database db = Database.open(file)) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> db.write(c -> {
                inside.countDown();
                await(letGo);
                return null;
            }));
            await(inside);
            try (ChildJvm probe = ChildJvm.start(WriterProbe.class, "try-lock", file.toString())) {
                assertThat(probe.awaitOut("whether the lock is free", l -> l.equals("FREE") || l.equals("HELD")))
                        .isEqualTo("HELD");
            } finally {
                letGo.countDown();
            }
            holding.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
            try (ChildJvm probe = ChildJvm.start(WriterProbe.class, "try-lock", file.toString())) {
                assertThat(probe.awaitOut("whether the lock is free", l -> l.equals("FREE") || l.equals("HELD")))
                        .isEqualTo("FREE");
            }
        }
    }

    @Test
    void openingAnOlderDatabaseWaitsForItsWriterBeforeMigrating() throws Exception {
        Path file = temp.resolve("old.db");
        RecordingListener heard = new RecordingListener();
        try (ChildJvm child = ChildJvm.start(WriterProbe.class, "hold-v1", file.toString())) {
            child.awaitOut("that it holds the write lock", "HOLDING"::equals);
            CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                    () -> Database.open(file, WriterInfo.window(), heard));
            WriteWait wait = heard.awaitWaiting();
            assertThat(wait.holderPid()).isEqualTo(child.pid());
            assertThat(wait.holder()).contains(WriterInfo.UNNAMED);

            child.closeInput();
            try (Database db = opening.get(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS)) {
                assertThat(db.schemaVersion()).isEqualTo(new Migrator().latestVersion());
                assertThat(productIds(db)).contains("probe-" + child.pid());
            }
            assertThat(child.awaitExit()).isZero();
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHasTheDatabaseOpenAndWorksOnceItClosed() throws Exception {
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        Path backup = temp.resolve("backup.db");
        try (Database db = Database.open(dir.database())) {
            insertProduct(db, "in-backup");
            new BackupService(Clock.systemUTC()).backup(db, backup);
            insertProduct(db, "after-backup");
        }
        BackupService backups = new BackupService(Clock.systemUTC());
        try (ChildJvm child = ChildJvm.start(WriterProbe.class, "open", dir.database().toString())) {
            child.awaitOut("that it has the database open", "OPEN"::equals);

            assertThatThrownBy(() -> backups.restore(dir, backup)).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining(dir.root().toString()).hasMessageContaining("nothing was changed");
            try (Database db = Database.open(dir.database())) {
                assertThat(productIds(db)).contains("after-backup");
            }

            child.closeInput();
            assertThat(child.awaitExit()).isZero();
        }
        backups.restore(dir, backup);
        try (Database db = Database.open(dir.database())) {
            assertThat(productIds(db)).contains("in-backup").doesNotContain("after-backup");
        }
    }

    @Test
    void restoreIsRefusedWhileThisProcessHasTheDatabaseOpen() {
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        Path backup = temp.resolve("backup.db");
        try (Database db = Database.open(dir.database())) {
            new BackupService(Clock.systemUTC()).backup(db, backup);
            assertThatThrownBy(() -> new BackupService(Clock.systemUTC()).restore(dir, backup))
                    .isInstanceOf(DataFolderInUseException.class);
            insertProduct(db, "still-writable");
        }
        new BackupService(Clock.systemUTC()).restore(dir, backup);
    }

    private Path populated() {
        Path file = temp.resolve("shop.db");
        Database.open(file).close();
        return file;
    }

    static void insertProduct(Database db, String id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO product(id, title, status, created_at, updated_at) VALUES (?, 'Test', 'ACTIVE', 1, 1)")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    static List<String> productIds(Database db) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM product ORDER BY id")) {
                List<String> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What a database's write-wait listener heard, in order. */
    static final class RecordingListener implements WriteWaitListener {
        final BlockingQueue<WriteWait> waiting = new LinkedBlockingQueue<>();
        final List<WriteWait> proceeded = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void waiting(WriteWait wait) { waiting.add(wait); }

        @Override
        public void proceeding(WriteWait wait) { proceeded.add(wait); }

        WriteWait awaitWaiting() throws InterruptedException {
            WriteWait wait = waiting.poll(ChildJvm.SAFETY.toSeconds(), TimeUnit.SECONDS);
            if (wait == null) {
                throw new AssertionError("no write said it was waiting");
            }
            return wait;
        }
    }

}
