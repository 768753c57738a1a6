package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a migration run with foreign keys off must not leave behind, checked in its transaction before the
 * commit. With foreign keys off SQLite checks nothing while the script runs, and {@code DROP TABLE} silently
 * takes the table's indexes and triggers with it, so a rebuild is refused when afterwards
 * <ul>
 *   <li>a foreign key names a table that does not exist (the old table was renamed away instead of the new one
 *       renamed into place: since SQLite 3.26 that rename rewrites the references to the old name);</li>
 *   <li>an index or trigger of a table that still exists is gone, and the script did not drop it by name;</li>
 *   <li>a view no longer compiles;</li>
 *   <li>{@code PRAGMA foreign_key_check} finds a row pointing at a row that does not exist.</li>
 * </ul>
 * Each refusal is a {@link StoreException} naming the tables, objects or rows.
 */
final class RebuildCheck {

    /** How many dangling rows a refusal names; the rest are counted. */
    static final int ROWS_NAMED = 5;

    private static final Pattern DROP_BY_NAME = Pattern.compile(
            "^DROP\\s+(INDEX|TRIGGER)\\s+(?:IF\\s+EXISTS\\s+)?(?:main\\.)?[\"`\\[]?([^\"`\\]\\s;]+)",
            Pattern.CASE_INSENSITIVE);

    private record SchemaObject(String type, String name, String table) {
        String key() { return type + " " + name.toLowerCase(Locale.ROOT); }
    }

    private final List<SchemaObject> before;
    private final Set<String> droppedByName;

    private RebuildCheck(List<SchemaObject> before, Set<String> droppedByName) {
        this.before = before;
        this.droppedByName = droppedByName;
    }

    /** Notes the indexes and triggers there are before {@code script} runs, in its transaction. */
    static RebuildCheck before(Connection c, MigrationScript script) throws SQLException {
        Set<String> dropped = new TreeSet<>();
        for (String statement : script.statements()) {
            Matcher m = DROP_BY_NAME.matcher(statement);
            if (m.find()) {
                dropped.add(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return new RebuildCheck(indexesAndTriggers(c), dropped);
    }

    /** @throws StoreException naming what the script broke */
    void after(Connection c) throws SQLException {
        refuseMissingParentTables(c);
        refuseLostIndexesAndTriggers(c);
        refuseBrokenViews(c);
        refuseDanglingRows(c);
    }

    private static void refuseMissingParentTables(Connection c) throws SQLException {
        List<String> missing = strings(c, """
                SELECT m.name || ' refers to table ' || f."table"
                  FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table'
                   AND NOT EXISTS (SELECT 1 FROM sqlite_master p WHERE p.type = 'table' AND p.name = f."table" COLLATE NOCASE)
                 GROUP BY m.name, f."table" ORDER BY m.name""");
        if (!missing.isEmpty()) {
            throw new StoreException(String.join(", ", missing) + ", which does not exist. Build the new table"
                    + " under a new name and rename it into place; never rename the old table away (since SQLite 3.26"
                    + " that rename rewrites every reference to the old name).");
        }
    }

    private void refuseLostIndexesAndTriggers(Connection c) throws SQLException {
        Set<String> now = new TreeSet<>();
        for (SchemaObject o : indexesAndTriggers(c)) {
            now.add(o.key());
        }
        Set<String> tables = new TreeSet<>(strings(c, "SELECT lower(name) FROM sqlite_master WHERE type = 'table'"));
        List<String> lost = new ArrayList<>();
        for (SchemaObject o : before) {
            boolean tableKept = tables.contains(o.table().toLowerCase(Locale.ROOT));
            if (tableKept && !now.contains(o.key()) && !droppedByName.contains(o.key())) {
                lost.add(o.type() + " " + o.name() + " of table " + o.table());
            }
        }
        if (!lost.isEmpty()) {
            throw new StoreException("the script lost " + String.join(", ", lost) + ": DROP TABLE drops a table's"
                    + " indexes and triggers, so recreate them after the rename (or drop them by name if they"
                    + " should go).");
        }
    }

    private static void refuseBrokenViews(Connection c) throws SQLException {
        for (String view : strings(c, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + view.replace("\"", "\"\"") + "\" LIMIT 0")) {
                rs.next();
            } catch (SQLException e) {
                throw new StoreException("view " + view + " no longer works (" + e.getMessage()
                        + "): drop and recreate the views that read a rebuilt table.", e);
            }
        }
    }

    private static void refuseDanglingRows(Connection c) throws SQLException {
        List<String> named = new ArrayList<>();
        long count = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                if (count++ < ROWS_NAMED) {
                    String table = rs.getString(1);
                    Object rowid = rs.getObject(2);
                    named.add(table + (rowid == null ? "" : " rowid " + rowid) + " (" + columns(c, table, rs.getInt(4))
                            + " \u2192 " + rs.getString(3) + ")");
                }
            }
        }
        if (count > 0) {
            throw new StoreException(count + (count == 1 ? " row points" : " rows point")
                    + " at a row that no longer exists (PRAGMA foreign_key_check): " + String.join(", ", named)
                    + (count > named.size() ? " and " + (count - named.size()) + " more" : "") + ".");
        }
    }

    /** The child columns of foreign key {@code id} of {@code table}, for naming a dangling row. */
    private static String columns(Connection c, String table, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT group_concat(\"from\", ', ') FROM pragma_foreign_key_list(?) WHERE id = ?")) {
            ps.setString(1, table);
            ps.setInt(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "foreign key " + id;
            }
        }
    }

    /** Indexes written in the schema (not those SQLite makes for UNIQUE and PRIMARY KEY) and triggers. */
    private static List<SchemaObject> indexesAndTriggers(Connection c) throws SQLException {
        List<SchemaObject> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT type, name, tbl_name FROM sqlite_master WHERE type = 'trigger' OR (type = 'index' AND sql IS NOT NULL)")) {
            while (rs.next()) {
                result.add(new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return result;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
