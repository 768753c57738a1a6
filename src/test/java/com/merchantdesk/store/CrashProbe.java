package com.merchantdesk.store;

import java.nio.file.Path;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: commits one row to the database at {@code args[0]}, prints
 * COMMITTED, and dies on the spot without closing anything, as a killed app would.
 */
public final class CrashProbe {

    private CrashProbe() {}

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO product(id, title, status, created_at, updated_at) "
                        + "VALUES ('" + args[1] + "', 'Saved before the crash', 'ACTIVE', 1, 1)");
            }
        });
        System.out.println("COMMITTED");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}
