package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the numbered SQL scripts in {@code db/migration} in order, recording the schema version in
 * {@code PRAGMA user_version}. Released scripts never change: a change to the schema is a new script.
 *
 * <p>Each script runs in one transaction with {@code legacy_alter_table} off. A script whose first line is
 * {@value MigrationScript#FOREIGN_KEYS_OFF} (one that rebuilds a table) runs with foreign keys off: they are
 * turned off before its transaction (inside one the pragma does nothing), its result is checked before the
 * commit ({@link RebuildCheck}, including {@code PRAGMA foreign_key_check}), and they are turned back on
 * afterwards, also when it failed. Any other script that drops a table other tables refer to is refused before
 * that statement runs: with foreign keys on, the drop would delete the rows that refer to it.
 */
public final class Migrator {

    /** Scripts in order; script N brings the database to version N. */
    static final List<String> SCRIPTS = List.of(
            "V1__catalog.sql",
            "V2__orders.sql",
            "V3__orders_compact.sql",
            "V4__sales.sql",
            "V5__shipping.sql",
            "V6__compact_more.sql",
            "V7__sync_store.sql",
            "V8__fulfilment.sql",
            "V9__catalog_images.sql",
            "V10__sales_screen.sql",
            "V11__sync_apply.sql",
            "V12__sync_engine.sql",
            "V13__product_listing.sql",
            "V14__outbox_open_creates.sql");

    private static final Pattern DROP_TABLE = Pattern.compile(
            "^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:main\\.)?[\"`\\[]?([^\"`\\]\\s;]+)", Pattern.CASE_INSENSITIVE);

    private final String folder;
    private final List<String> scripts;

    public Migrator() { this(SCRIPTS); }

    /** For tests: scripts by their path under {@code /db/migration/}, e.g. test-only ones. */
    Migrator(List<String> scripts) { this(MigrationScript.DESK_FOLDER, scripts); }

    private Migrator(String folder, List<String> scripts) {
        this.folder = folder;
        this.scripts = List.copyOf(scripts);
    }

    /**
     * The migrations of another database than the desk's (the sandbox platform keeps its own file): scripts in
     * order under the class-path {@code folder} (e.g. {@code /sandbox/db/migration/}).
     */
    public static Migrator of(String folder, List<String> scripts) {
        return new Migrator(folder.endsWith("/") ? folder : folder + "/", scripts);
    }

    public int latestVersion() { return scripts.size(); }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Upgrades to the latest version; returns the versions applied. Refuses a database from a newer app. The
     * connection must be in auto-commit mode (no transaction open): the pragmas set around each script only take
     * effect outside a transaction. It is left in auto-commit mode with its foreign keys as they were.
     */
    public List<Integer> migrate(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("The migrator needs a connection with no transaction open (auto-commit)");
        }
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new DatabaseTooNewException(current, latestVersion());
        }
        List<Integer> applied = new ArrayList<>();
        for (int version = current + 1; version <= latestVersion(); version++) {
            apply(connection, version);
            applied.add(version);
        }
        return applied;
    }

    /**
     * One script and its {@code user_version} in one transaction: the version moves only if all of it worked.
     * The pragmas are put back as they were afterwards, also when it failed: a pooled connection must not go on
     * writing with foreign keys off.
     */
    private void apply(Connection c, int version) throws SQLException {
        String name = scripts.get(version - 1);
        boolean foreignKeys = pragma(c, "foreign_keys");
        boolean legacyAlterTable = pragma(c, "legacy_alter_table");
        try {
            MigrationScript script = MigrationScript.load(folder, name);
            setPragma(c, "legacy_alter_table", false);
            if (script.foreignKeysOff()) {
                setPragma(c, "foreign_keys", false);
            }
            inTransaction(c, version, script);
        } catch (SQLException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).strip();
            StoreException failure = new StoreException("Upgrading the database to version " + version + " (" + name
                    + ") failed: " + why + (why.endsWith(".") ? "" : ".") + " Nothing of it was saved: the file stays"
                    + " at version " + (version - 1) + ".", e);
            try {
                restore(c, foreignKeys, legacyAlterTable);
            } catch (SQLException | RuntimeException restoreFailure) {
                failure.addSuppressed(restoreFailure);
            }
            throw failure;
        }
        restore(c, foreignKeys, legacyAlterTable);
    }

    private static void restore(Connection c, boolean foreignKeys, boolean legacyAlterTable) throws SQLException {
        setPragma(c, "foreign_keys", foreignKeys);
        setPragma(c, "legacy_alter_table", legacyAlterTable);
    }

    private static void inTransaction(Connection c, int version, MigrationScript script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            RebuildCheck check = script.foreignKeysOff() ? RebuildCheck.before(c, script) : null;
            for (String sql : script.statements()) {
                if (!script.foreignKeysOff()) {
                    refuseDroppingAReferencedTable(c, script, sql);
                }
                st.execute(sql);
            }
            if (check != null) {
                check.after(c);
            }
            st.execute("PRAGMA user_version = " + version);
            c.commit();
        } catch (SQLException | RuntimeException e) {
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

    /** With foreign keys on, dropping a parent table deletes its children's rows (ON DELETE CASCADE) or fails. */
    private static void refuseDroppingAReferencedTable(Connection c, MigrationScript script, String sql) throws SQLException {
        Matcher drop = DROP_TABLE.matcher(sql);
        if (!drop.find()) {
            return;
        }
        String table = drop.group(1);
        List<String> children = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT DISTINCT m.name FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND f."table" = ? COLLATE NOCASE AND m.name <> ? COLLATE NOCASE
                 ORDER BY m.name""")) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    children.add(rs.getString(1));
                }
            }
        }
        if (!children.isEmpty()) {
            throw new StoreException(script.name() + " drops table " + table + ", which " + String.join(", ", children)
                    + " refer to: with foreign keys on that would delete or refuse their rows. A script that rebuilds"
                    + " a table starts with the line \"" + MigrationScript.FOREIGN_KEYS_OFF + "\".");
        }
    }

    private static boolean pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    /** Sets a boolean pragma and reads it back: {@code foreign_keys} silently stays as it was inside a transaction. */
    private static void setPragma(Connection c, String name, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA " + name + " = " + (on ? "ON" : "OFF"));
        }
        if (pragma(c, name) != on) {
            throw new StoreException("Could not turn " + name + (on ? " on" : " off") + " on the migrating connection.");
        }
    }
}
