package com.merchantdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the numbered SQL scripts in {@code db/migration} in order, recording the schema version in
 * {@code PRAGMA user_version}. Released scripts never change: a change to the schema is a new script.
 */
public final class Migrator {

    /** Scripts in order; script N brings the database to version N. */
    static final List<String> SCRIPTS = List.of(
            "V1__catalog.sql",
            "V2__orders.sql",
            "V3__orders_compact.sql");

    private final List<String> scripts;

    public Migrator() { this(SCRIPTS); }

    Migrator(List<String> scripts) { this.scripts = List.copyOf(scripts); }

    public int latestVersion() { return scripts.size(); }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Upgrades to the latest version; returns the versions applied. Refuses a database from a newer app. */
    public List<Integer> migrate(Connection connection) throws SQLException {
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new DatabaseTooNewException(current, latestVersion());
        }
        List<Integer> applied = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int version = current + 1; version <= latestVersion(); version++) {
                apply(connection, version);
                applied.add(version);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return applied;
    }

    /** One script and its {@code user_version} in one transaction: the version moves only if all of it worked. */
    private void apply(Connection connection, int version) throws SQLException {
        String script = scripts.get(version - 1);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(load(script))) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw new StoreException("Upgrading the database to version " + version + " (" + script + ") failed: "
                    + e.getMessage(), e);
        }
    }

    private static String load(String script) {
        String path = "/db/migration/" + script;
        try (InputStream in = Migrator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("Migration script missing from the application: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration script " + path, e);
        }
    }

    /**
     * Splits a script on semicolons that end a line, keeping {@code CREATE TRIGGER ... BEGIN ... END;} whole.
     * Lines starting with {@code --} are comments.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? upper.equals("END;") : trimmed.endsWith(";");
            if (ends) {
                result.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
