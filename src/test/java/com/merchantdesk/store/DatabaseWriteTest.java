package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Database#write} is one transaction: all of the work, or none of it. */
class DatabaseWriteTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir Path temp;
    private Database db;

    @BeforeEach
    void open() { db = Database.open(temp.resolve("write.db")); }

    @AfterEach
    void close() { db.close(); }

    @Test
    void exceptionThrownMidWorkLeavesNothingWrittenIncludingTheOutbox() {
        IllegalStateException failure = new IllegalStateException("printer on fire");

        assertThatThrownBy(() -> db.write(c -> {
            insertProduct(c, "p1");
            queueProduct(c, "p1", "{\"id\":\"p1\"}", AT);
            assertThat(count(c, "product")).isEqualTo(1); // visible inside the transaction
            throw failure;
        })).isSameAs(failure);

        assertThat(rows("product")).isZero();
        assertThat(rows("outbox")).isZero();
        assertThat(pendingCount()).isZero();
    }

    @Test
    void aRedoableWriteCommitsWithoutWaitingForTheDiskOnItsOwnConnectionAndEveryOtherWriteStillWaits() {
        long during = db.writeRedoable(c -> {
            insertProduct(c, "p1");
            return synchronous(c);
        });
        long cacheDuring = db.<Long>writeRedoable(c -> pragma(c, "cache_size"));
        assertThatThrownBy(() -> db.writeRedoable(c -> {
            insertProduct(c, "p2");
            throw new IllegalStateException("page refused");
        })).hasMessage("page refused");

        assertThat(during).as("NORMAL").isEqualTo(1);
        assertThat(cacheDuring).as("its own larger page cache, in KiB").isEqualTo(-Database.REDOABLE_CACHE_KIB);
        assertThat(rows("product")).as("committed whole; the failed one not at all").isEqualTo(1);
        for (int i = 0; i < Database.POOL_SIZE; i++) {
            // Each write takes the next pooled connection: none of them is the redoable writes' own.
            assertThat(db.write(DatabaseWriteTest::synchronous)).as("FULL").isEqualTo(2);
            assertThat(db.<Long>write(c -> pragma(c, "cache_size"))).as("SQLite's default").isEqualTo(-2000);
        }
    }

    private static long synchronous(Connection c) throws SQLException {
        return pragma(c, "synchronous");
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void sqlErrorMidWorkLeavesNothingWrittenAndNamesTheCause() {
        assertThatThrownBy(() -> db.write(c -> {
            insertProduct(c, "p1");
            queueProduct(c, "p1", "{\"id\":\"p1\"}", AT);
            insertProduct(c, "p1"); // primary key taken
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE").hasCauseInstanceOf(SQLException.class);

        assertThat(rows("product")).isZero();
        assertThat(rows("outbox")).isZero();
    }

    @Test
    void errorsAreRolledBackToo() {
        AssertionError failure = new AssertionError("boom");
        assertThatThrownBy(() -> db.write(c -> {
            insertProduct(c, "p1");
            throw failure;
        })).isSameAs(failure);
        assertThat(rows("product")).isZero();
    }

    @Test
    void connectionsAreUsableAfterAFailedWrite() {
        for (int i = 0; i < Database.POOL_SIZE + 2; i++) {
            assertThatThrownBy(() -> db.write(c -> {
                insertProduct(c, "lost");
                throw new IllegalStateException("no");
            })).isInstanceOf(IllegalStateException.class);
        }
        db.write(c -> {
            insertProduct(c, "kept");
            queueProduct(c, "kept", "{\"id\":\"kept\"}", AT);
            return null;
        });

        assertThat(MigrationTest.query(db, "SELECT id FROM product")).containsExactly("kept");
        assertThat(pending(10)).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo("kept");
            assertThat(e.payload()).isEqualTo("{\"id\":\"kept\"}");
            assertThat(e.createdAt()).isEqualTo(AT);
            assertThat(e.idempotencyKey()).hasSize(36);
        });
        // Every pooled connection is back in auto-commit mode, outside any transaction.
        boolean autoCommit = db.read(Connection::getAutoCommit);
        assertThat(autoCommit).isTrue();
    }

    @Test
    void committedWorkIsVisibleToReadsAndSurvivesReopening() {
        db.write(c -> {
            insertProduct(c, "p1");
            queueProduct(c, "p1", "{\"id\":\"p1\"}", AT);
            return null;
        });
        db.close();
        db = Database.open(temp.resolve("write.db"));
        assertThat(rows("product")).isEqualTo(1);
        assertThat(pendingCount()).isEqualTo(1);
    }

    @Test
    void outboxKeepsOrderAndGivesEachChangeItsOwnKey() {
        db.write(c -> {
            for (int i = 0; i < 5; i++) {
                queueProduct(c, "p" + i, "{\"n\":" + i + "}", AT.plusSeconds(i));
            }
            return null;
        });
        List<Outbox.Entry> pending = pending(3);
        assertThat(pending).extracting(Outbox.Entry::entityId).containsExactly("p0", "p1", "p2");
        assertThat(pending).extracting(Outbox.Entry::seq).isSorted();
        List<Outbox.Entry> all = pending(10);
        assertThat(all).extracting(Outbox.Entry::idempotencyKey).doesNotHaveDuplicates().hasSize(5);
    }

    private long rows(String table) { return db.read(c -> count(c, table)); }

    private long pendingCount() { return db.read(Outbox::pendingCount); }

    private List<Outbox.Entry> pending(int limit) { return db.read(c -> Outbox.pending(c, limit)); }

    private static void insertProduct(Connection c, String id) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO product(id, title, status, created_at, updated_at) VALUES ('" + id + "', 'T', 'ACTIVE', 1, 1)");
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
    /** Queues a product change the way a feature does: after the product's earlier open rows. */
    private static void queueProduct(java.sql.Connection c, String id, String json, Instant at) throws java.sql.SQLException {
        OutboxKey key = new OutboxKey("product", id);
        Outbox.append(c, new Outbox.Change(key, "upsert", json, at, java.util.List.of(key)));
    }
}
