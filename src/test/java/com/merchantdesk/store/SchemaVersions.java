package com.merchantdesk.store;

import java.nio.file.Path;

/** Test hook: a database file brought only up to an older schema version, as an older release left it. */
public final class SchemaVersions {

    private SchemaVersions() {}

    /** Opens (creating) {@code file} migrated to {@code version} and no further. */
    public static Database openAt(Path file, int version) {
        return Database.open(file, new Migrator(Migrator.SCRIPTS.subList(0, version)));
    }
}
