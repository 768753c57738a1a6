package com.merchantdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One migration script of {@code db/migration}: its statements, and whether it runs with foreign keys off.
 *
 * <p>A script that rebuilds a table (new table, copy, drop, rename) starts with the line
 * {@value #FOREIGN_KEYS_OFF}: with foreign keys on, dropping the old table deletes the rows that refer to it
 * ({@code ON DELETE CASCADE}) or fails, and {@code PRAGMA foreign_keys} cannot change inside the script's
 * transaction, so the {@link Migrator} turns them off before it. Any other {@code -- migration:} line is refused
 * (a misspelt marker would otherwise run the rebuild with foreign keys on), and so are statements that would
 * step outside the migrator's transaction or its pragmas.
 */
record MigrationScript(String name, List<String> statements, boolean foreignKeysOff) {

    /** The first line of a script that rebuilds a table. */
    static final String FOREIGN_KEYS_OFF = "-- migration: foreign-keys-off";

    private static final Pattern MARKER = Pattern.compile("^--\\s*migration\\s*:.*", Pattern.CASE_INSENSITIVE);
    /** Transaction control and the pragmas the migrator owns; a script must not touch them. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^(BEGIN|COMMIT|END|ROLLBACK)\\b.*|^PRAGMA\\s+(main\\.)?(foreign_keys|legacy_alter_table)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    MigrationScript {
        statements = List.copyOf(statements);
    }

    /** Reads {@code /db/migration/<name>} from the class path. */
    static final String DESK_FOLDER = "/db/migration/";

    static MigrationScript load(String name) { return load(DESK_FOLDER, name); }

    static MigrationScript load(String folder, String name) {
        String path = folder + name;
        try (InputStream in = MigrationScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("Migration script missing from the application: " + path);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("Cannot read migration script " + path, e);
        }
    }

    static MigrationScript parse(String name, String text) {
        String[] lines = text.split("\\R", -1);
        boolean foreignKeysOff = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!MARKER.matcher(line).matches()) {
                continue;
            }
            if (i == 0 && line.equals(FOREIGN_KEYS_OFF)) {
                foreignKeysOff = true;
            } else {
                throw new StoreException("Migration script " + name + ", line " + (i + 1) + ": \"" + line
                        + "\" is not a marker the migrator knows; the only one is \"" + FOREIGN_KEYS_OFF
                        + "\", alone on the first line.");
            }
        }
        List<String> statements = statements(text);
        for (String statement : statements) {
            if (FORBIDDEN.matcher(statement).matches()) {
                throw new StoreException("Migration script " + name + " may not run \"" + firstLine(statement)
                        + "\": the migrator runs each script in one transaction and sets foreign_keys and"
                        + " legacy_alter_table itself (see docs/architecture.md, Migrations).");
            }
        }
        return new MigrationScript(name, statements, foreignKeysOff);
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
            String upper = trimmed.toUpperCase(Locale.ROOT);
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

    private static String firstLine(String statement) {
        int end = statement.indexOf('\n');
        return end < 0 ? statement : statement.substring(0, end);
    }
}
