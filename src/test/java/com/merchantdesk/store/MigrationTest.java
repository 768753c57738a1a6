package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Older databases open and upgrade. Version 2 and 3 here are test-only scripts from
 * {@code src/test/resources/db/migration/test-only}, so the upgrade path is exercised before a real V2 exists.
 */
class MigrationTest {

    private static final String V1 = "V1__catalog.sql";
    private static final String V2 = "test-only/V2__supplier.sql";
    private static final String V2_BROKEN = "test-only/V2__broken.sql";
    private static final String V3 = "test-only/V3__index.sql";

    @TempDir Path temp;

    @Test
    void emptyFileIsVersionZeroAndOpensAtTheLatestVersion() throws Exception {
        Path file = temp.resolve("empty.db");
        Files.createFile(file);

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(new Migrator().latestVersion()).isEqualTo(Migrator.SCRIPTS.size());
            assertThat(query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")).contains("product", "sku", "stock_level", "stock_movement", "outbox", "sku_search");
        }
    }

    @Test
    void missingFileIsCreatedAtTheLatestVersion() {
        Path file = temp.resolve("sub/folder/new.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrator.SCRIPTS.size());
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void versionOneDatabaseWithDataOpensAndKeepsItsRows() throws Exception {
        Path file = versionOneWithData();

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrator.SCRIPTS.size());
            assertThat(query(db, "SELECT title FROM product ORDER BY id")).containsExactly("Old mug", "Old plate");
            assertThat(query(db, "SELECT entity_id FROM outbox")).containsExactly("p1");
            // V2 added the order tables beside the kept catalogue.
            assertThat(query(db, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains("customer", "orders", "order_line", "order_status_history", "order_number", "order_search");
            assertThat(query(db, "SELECT count(*) FROM orders")).containsExactly("0");
        }
    }

    @Test
    void databaseOpenUpgradesAnOlderDatabaseAndKeepsItsRows() throws Exception {
        Path file = versionOneWithData();

        try (Database db = Database.open(file, new Migrator(List.of(V1, V2, V3)))) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            assertThat(query(db, "SELECT title || ':' || supplier FROM product ORDER BY id"))
                    .containsExactly("Old mug:unknown", "Old plate:unknown");
            assertThat(query(db, "SELECT entity_id FROM outbox")).containsExactly("p1");
            assertThat(query(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'product_supplier'"))
                    .containsExactly("product_supplier");
            // The trigger's BEGIN ... END body was applied as one statement.
            db.write(c -> c.createStatement().executeUpdate("UPDATE product SET supplier = 'Acme' WHERE id = 'p1'"));
            assertThat(query(db, "SELECT name || '=' || changes FROM supplier")).containsExactly("Acme=1");
        }
        // A second open finds nothing left to do.
        try (Database db = Database.open(file, new Migrator(List.of(V1, V2, V3)))) {
            assertThat(db.schemaVersion()).isEqualTo(3);
        }
    }

    @Test
    void migratorReportsTheVersionsItApplied() throws Exception {
        Path file = versionOneWithData();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(new Migrator(List.of(V1, V2, V3)).migrate(c)).containsExactly(2, 3);
            assertThat(new Migrator(List.of(V1, V2, V3)).migrate(c)).isEmpty();
            assertThat(Migrator.currentVersion(c)).isEqualTo(3);
        }
    }

    @Test
    void failingScriptRollsBackItsVersionAndLeavesUserVersionUnchanged() throws Exception {
        Path file = versionOneWithData();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> new Migrator(List.of(V1, V2_BROKEN)).migrate(c))
                    .hasMessageContaining("table_that_does_not_exist");
            assertThat(Migrator.currentVersion(c)).isEqualTo(1);
            assertThat(columns(c, "product")).doesNotContain("supplier");
            assertThat(strings(c, "SELECT title FROM product ORDER BY id")).containsExactly("Old mug", "Old plate");
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void databaseOpenWithAFailingUpgradeSaysSoAndLeavesTheFileAtItsVersion() throws Exception {
        Path file = versionOneWithData();

        assertThatThrownBy(() -> Database.open(file, new Migrator(List.of(V1, V2_BROKEN))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("version 2")
                .hasMessageContaining("table_that_does_not_exist");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrator.currentVersion(c)).isEqualTo(1);
            assertThat(columns(c, "product")).doesNotContain("supplier");
            assertThat(strings(c, "SELECT title FROM product ORDER BY id")).containsExactly("Old mug", "Old plate");
        }
        // The real scripts still open (and upgrade) it afterwards.
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrator.SCRIPTS.size());
        }
    }

    @Test
    void upgradeFromVersionZeroStopsAtTheLastGoodVersion() throws Exception {
        Path file = temp.resolve("zero.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> new Migrator(List.of(V1, V2_BROKEN)).migrate(c)).isInstanceOf(StoreException.class);
            assertThat(Migrator.currentVersion(c)).isEqualTo(1);
            assertThat(tables(c)).contains("product");
        }
    }

    @Test
    void missingScriptIsAClearError() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("x.db"))) {
            assertThatThrownBy(() -> new Migrator(List.of("V1__no_such_script.sql")).migrate(c))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("V1__no_such_script.sql");
            assertThat(Migrator.currentVersion(c)).isZero();
        }
    }

    @Test
    void everyReleasedScriptIsOnTheClassPathAndNumberedInOrder() {
        for (int i = 0; i < Migrator.SCRIPTS.size(); i++) {
            String name = Migrator.SCRIPTS.get(i);
            assertThat(name).startsWith("V" + (i + 1) + "__").endsWith(".sql");
            assertThat(Migrator.class.getResource("/db/migration/" + name)).as(name).isNotNull();
        }
    }

    @Test
    void everyReleasedScriptParses() {
        for (String name : Migrator.SCRIPTS) {
            assertThat(MigrationScript.load(name).statements()).as(name).isNotEmpty();
        }
    }

    @Test
    void theForeignKeysOffMarkerCountsOnlyAloneOnTheFirstLine() {
        assertThat(MigrationScript.parse("V9__a.sql", "-- migration: foreign-keys-off\nDROP TABLE x;").foreignKeysOff()).isTrue();
        assertThat(MigrationScript.parse("V9__b.sql", "  -- migration: foreign-keys-off  \r\nDROP TABLE x;").foreignKeysOff()).isTrue();
        assertThat(MigrationScript.parse("V9__c.sql", "-- Version 9: a plain script.\nCREATE TABLE x (a);").foreignKeysOff()).isFalse();
        assertThat(MigrationScript.parse("V9__c.sql", "-- migration: foreign-keys-off\nCREATE TABLE x (a);").statements())
                .containsExactly("CREATE TABLE x (a);");
    }

    @Test
    void aMisspeltOrMisplacedMarkerIsRefusedSoARebuildNeverRunsWithForeignKeysOn() {
        assertThatThrownBy(() -> MigrationScript.parse("V9__a.sql", "-- migration: foreign-key-off\nDROP TABLE x;"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V9__a.sql, line 1")
                .hasMessageContaining("foreign-key-off")
                .hasMessageContaining(MigrationScript.FOREIGN_KEYS_OFF);
        assertThatThrownBy(() -> MigrationScript.parse("V9__b.sql", "-- Rebuilds x.\n-- migration: foreign-keys-off\nDROP TABLE x;"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V9__b.sql, line 2")
                .hasMessageContaining("alone on the first line");
    }

    @Test
    void aScriptMayNotEndTheTransactionOrSetThePragmasTheMigratorOwns() {
        for (String statement : List.of("COMMIT;", "begin immediate;", "END;", "ROLLBACK;", "PRAGMA foreign_keys = ON;",
                "pragma main.foreign_keys=off;", "PRAGMA legacy_alter_table = ON;")) {
            assertThatThrownBy(() -> MigrationScript.parse("V9__x.sql", "CREATE TABLE x (a);\n" + statement))
                    .as(statement)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("V9__x.sql may not run \"" + statement + "\"");
        }
        // A trigger's own BEGIN ... END is part of its statement.
        assertThat(MigrationScript.parse("V9__t.sql", "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM a;\nEND;")
                .statements()).hasSize(1);
    }

    @Test
    void migratorRefusesAConnectionWithATransactionOpen() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("tx.db"))) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> new Migrator().migrate(c)).isInstanceOf(IllegalStateException.class);
            c.rollback();
            c.setAutoCommit(true);
            assertThat(Migrator.currentVersion(c)).isZero();
        }
    }

    @Test
    void statementSplitterKeepsTriggersWholeAndSkipsComments() {
        List<String> statements = MigrationScript.statements("""
                -- a comment;
                CREATE TABLE a (x INTEGER);

                CREATE TRIGGER t AFTER INSERT ON a
                BEGIN
                    UPDATE a SET x = x + 1;
                    DELETE FROM a WHERE x > 10;
                END;
                INSERT INTO a VALUES (1)
                """);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isEqualTo("CREATE TABLE a (x INTEGER);");
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER t").contains("DELETE FROM a").endsWith("END;");
        assertThat(statements.get(2)).isEqualTo("INSERT INTO a VALUES (1)");
    }

    /** A version-1 file as the first release left it, with rows in it, built without the current app code. */
    private Path versionOneWithData() throws SQLException {
        Path file = temp.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(new Migrator(List.of(V1)).migrate(c)).containsExactly(1);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO product(id, title, status, created_at, updated_at) VALUES ('p1', 'Old mug', 'ACTIVE', 1, 1)");
                st.execute("INSERT INTO product(id, title, status, created_at, updated_at) VALUES ('p2', 'Old plate', 'DRAFT', 2, 2)");
                st.execute("INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, created_at) "
                        + "VALUES ('k1', 'product', 'p1', 'upsert', '{}', 1)");
            }
        }
        return file;
    }

    static List<String> query(Database db, String sql) { return db.read(c -> strings(c, sql)); }

    static List<String> tables(Connection c) throws SQLException {
        return strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        return strings(c, "SELECT name FROM pragma_table_info('" + table + "')");
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
