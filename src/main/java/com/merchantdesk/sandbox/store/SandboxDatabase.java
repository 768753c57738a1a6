package com.merchantdesk.sandbox.store;

import com.merchantdesk.store.Database;
import com.merchantdesk.store.Migrator;
import com.merchantdesk.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The sandbox platform's own SQLite file, {@code platform.db} in the sandbox's data folder: WAL,
 * {@code synchronous=FULL} and writes taking turns, as the desk's, but with its own schema
 * ({@code /sandbox/db/migration}). Never the desk's file.
 */
public final class SandboxDatabase {

    public static final String FILE_NAME = "platform.db";

    static final List<String> SCRIPTS = List.of("V1__platform.sql", "V2__docs_in_rowid_tables.sql");

    private SandboxDatabase() {}

    public static Database open(Path folder) {
        try {
            PrivateFiles.createDirectories(folder);
            PrivateFiles.createEmptyFile(folder.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sandbox's data folder " + folder, e);
        }
        return Database.open(folder.resolve(FILE_NAME), Migrator.of("/sandbox/db/migration/", SCRIPTS));
    }
}
