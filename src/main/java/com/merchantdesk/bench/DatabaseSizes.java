package com.merchantdesk.bench;

import com.merchantdesk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the database file's bytes are spent: every table and index with the pages it holds (SQLite's
 * {@code dbstat} table, which sqlite-jdbc is built with), the free pages, the file and its WAL. A full-text
 * table's shadow tables ({@code order_search_data}, {@code _idx}, …) are listed under it. Reading it visits
 * every page: seconds for a file of a gigabyte.
 *
 * @param fileBytes the database file
 * @param walBytes  its {@code -wal} file, 0 when there is none
 * @param tables    largest first, each with its indexes largest first
 */
public record DatabaseSizes(long fileBytes, long walBytes, long freeBytes, List<Table> tables) {

    /** A table (or full-text table with its shadow tables) and its indexes. */
    public record Table(String name, long bytes, List<Part> indexes) {
        public long totalBytes() { return bytes + indexes.stream().mapToLong(Part::bytes).sum(); }
    }

    /** One b-tree: an index, or a full-text table's shadow table. */
    public record Part(String name, long bytes) {}

    public static DatabaseSizes of(Database db) {
        long[] free = new long[1];
        List<Table> tables = db.read(c -> {
            free[0] = pragma(c, "freelist_count") * pragma(c, "page_size");
            return tables(c);
        });
        return new DatabaseSizes(size(db.file()), walBytes(db.file()), free[0], tables);
    }

    /** The size of the database's {@code -wal} file, 0 when there is none. */
    public static long walBytes(Path databaseFile) {
        return size(databaseFile.resolveSibling(databaseFile.getFileName() + "-wal"));
    }

    /** The size of a file, 0 when it is missing. */
    public static long fileBytes(Path file) { return size(file); }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<Table> tables(Connection c) throws SQLException {
        Map<String, String> owner = new LinkedHashMap<>();
        List<String> virtual = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, tbl_name, type, sql FROM sqlite_schema WHERE type IN ('table', 'index')")) {
            while (rs.next()) {
                owner.put(rs.getString(1), rs.getString(2));
                String sql = rs.getString(4);
                if (sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL TABLE", 0, 20)) {
                    virtual.add(rs.getString(1));
                }
            }
        }
        Map<String, Long> tableBytes = new LinkedHashMap<>();
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, pgsize FROM dbstat WHERE aggregate = TRUE")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long bytes = rs.getLong(2);
                String table = shadowOwner(name, virtual);
                if (table == null) {
                    table = owner.getOrDefault(name, name);
                }
                if (table.equals(name)) {
                    tableBytes.merge(table, bytes, Long::sum);
                } else {
                    tableBytes.putIfAbsent(table, 0L);
                    parts.computeIfAbsent(table, t -> new ArrayList<>()).add(new Part(name, bytes));
                }
            }
        }
        List<Table> result = new ArrayList<>();
        tableBytes.forEach((name, bytes) -> {
            List<Part> own = new ArrayList<>(parts.getOrDefault(name, List.of()));
            own.sort(Comparator.comparingLong(Part::bytes).reversed());
            result.add(new Table(name, bytes, List.copyOf(own)));
        });
        result.sort(Comparator.comparingLong(Table::totalBytes).reversed());
        return List.copyOf(result);
    }

    /** {@code order_search_data} belongs to the full-text table {@code order_search}. */
    private static String shadowOwner(String name, List<String> virtualTables) {
        for (String v : virtualTables) {
            if (name.startsWith(v + "_")) {
                return v;
            }
        }
        return null;
    }

    public long tablesBytes() { return tables.stream().mapToLong(Table::totalBytes).sum(); }
}
