package com.merchantdesk.store;

import static com.merchantdesk.store.StoreTestFiles.pageSize;
import static com.merchantdesk.store.StoreTestFiles.populatedDatabase;
import static com.merchantdesk.store.StoreTestFiles.scribble;
import static com.merchantdesk.store.StoreTestFiles.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.testsupport.TestTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Database#openCheckingInBackground}: the window's open, whose quick_check may finish after it answers. */
class BackgroundCheckTest {

    @TempDir Path temp;

    @Test
    void healthyFileOpensItsCheckPassesAndWritesWork() {
        Path file = populatedDatabase(temp.resolve("shop.db"));
        try (Database db = Database.openCheckingInBackground(file)) {
            assertThat(db.integrityChecked()).succeedsWithin(TestTimeouts.SAFETY);
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("PRAGMA user_version = " + new Migrator().latestVersion());
                }
            });
            assertThat(db.schemaVersion()).isEqualTo(new Migrator().latestVersion());
        }
    }

    /** A current database whose last three quarters are a plain table's leaf pages, none read to open it. */
    private static Path databaseWithBulkData(Path file) throws Exception {
        populatedDatabase(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bulk (x TEXT)");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                    + "INSERT INTO bulk SELECT printf('%0500d', i) FROM n");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return file;
    }

    /** A current database whose header is fine and whose damage lies in a page that opening it never reads. */
    private static Path damagedFarIn(Path file) throws Exception {
        databaseWithBulkData(file);
        int page = pageSize(file);
        long pages = Files.size(file) / page;
        scribble(file, (pages * 3 / 4) * page, page, 2);
        return file;
    }

    @Test
    void damageFoundLaterFailsTheVerdictAndEveryWriteWithoutChangingTheFile() throws Exception {
        Path file = damagedFarIn(temp.resolve("middle.db"));
        String before = sha256(file);

        try (Database db = Database.openCheckingInBackground(file)) {
            assertThat(db.integrityChecked()).as("the header is fine, so it opens").failsWithin(TestTimeouts.SAFETY)
                    .withThrowableThat().withCauseInstanceOf(DatabaseDamagedException.class);
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("CREATE TABLE written_anyway (x)");
                }
            })).isInstanceOf(DatabaseDamagedException.class);
        }
        assertThat(sha256(file)).as("nothing was written").isEqualTo(before);
    }

    @Test
    void checkWaitsUntilItsVerdictIsWanted() {
        Path file = populatedDatabase(temp.resolve("shop.db"));
        try (Database db = Database.openCheckingInBackground(file)) {
            assertThat(db.integrityCheckStarted()).as("opening alone does not start the check").isFalse();
            db.read(c -> 1);
            assertThat(db.integrityCheckStarted()).as("reads do not need its verdict").isFalse();
            assertThat(db.integrityChecked()).succeedsWithin(TestTimeouts.SAFETY);
            assertThat(db.integrityCheckStarted()).isTrue();
        }
    }

    @Test
    void aWriteBeforeAnyoneAskedStartsTheCheckAndIsRefusedOnDamage() throws Exception {
        Path file = damagedFarIn(temp.resolve("early-write.db"));
        String before = sha256(file);

        try (Database db = Database.openCheckingInBackground(file)) {
            assertThat(db.integrityCheckStarted()).isFalse();
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("CREATE TABLE written_anyway (x)");
                }
            })).isInstanceOf(DatabaseDamagedException.class);
            assertThat(db.integrityCheckStarted()).isTrue();
        }
        assertThat(sha256(file)).as("nothing was written").isEqualTo(before);
    }

    @Test
    void fileToMigrateIsCheckedBeforeAnything() throws Exception {
        Path file = populatedDatabase(temp.resolve("old.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 1");
        }
        int page = pageSize(file);
        long pages = Files.size(file) / page;
        scribble(file, (pages / 2) * page, 3 * page, 2);
        String before = sha256(file);

        assertThatThrownBy(() -> Database.openCheckingInBackground(file)).isExactlyInstanceOf(DatabaseDamagedException.class);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void notADatabaseOrTooNewIsRefusedAtOnceAsByOpen() throws Exception {
        Path text = temp.resolve("text.db");
        Files.writeString(text, "not a database ".repeat(400));
        assertThatThrownBy(() -> Database.openCheckingInBackground(text)).isInstanceOf(DatabaseDamagedException.class);

        Path newer = populatedDatabase(temp.resolve("newer.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Database.openCheckingInBackground(newer)).isInstanceOf(DatabaseTooNewException.class);
    }

    @Test
    void newFileIsCreatedAndMigratedAsByOpen() {
        Path file = temp.resolve("new").resolve("shop.db");
        try (Database db = Database.openCheckingInBackground(file)) {
            assertThat(db.integrityChecked()).isCompleted();
            assertThat(db.schemaVersion()).isEqualTo(new Migrator().latestVersion());
        }
    }
}
