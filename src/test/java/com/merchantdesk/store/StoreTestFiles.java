package com.merchantdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Helpers that make and damage database files for the store tests. */
final class StoreTestFiles {

    private StoreTestFiles() {}

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files in {@code dir}, by name: shows stray -wal, -shm or temporary files. */
    static List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A current database with enough rows to span many pages, closed cleanly. */
    static Path populatedDatabase(Path file) {
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    for (int i = 0; i < 500; i++) {
                        st.execute("INSERT INTO product(id, title, status, created_at, updated_at) VALUES ('p" + i
                                + "', 'Product " + i + " " + "x".repeat(100) + "', 'ACTIVE', 1, 1)");
                        st.execute("INSERT INTO outbox(idempotency_key, entity_type, entity_id, operation, payload, created_at) "
                                + "VALUES ('k" + i + "', 'product', 'p" + i + "', 'upsert', '{}', 1)");
                    }
                }
                return null;
            });
        }
        return file;
    }

    /** Overwrites {@code length} bytes at {@code offset} with random bytes. */
    static void scribble(Path file, long offset, int length, long seed) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] garbage = new byte[length];
            new Random(seed).nextBytes(garbage);
            System.arraycopy(garbage, 0, bytes, (int) offset, length);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageSize(Path file) throws SQLException {
        return intQuery(file, "PRAGMA page_size");
    }

    static int intQuery(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
