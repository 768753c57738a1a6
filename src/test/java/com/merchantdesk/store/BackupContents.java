package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads a backup file itself, on a read-only connection of its own (not through {@link BackupService}), so a
 * backup test proves what the file holds rather than what the code under test says about it.
 */
public final class BackupContents {

    public final int userVersion;
    /** "Product title / SKU code" of every SKU in the file, sorted. */
    public final List<String> skus;

    private BackupContents(int userVersion, List<String> skus) {
        this.userVersion = userVersion;
        this.skus = skus;
    }

    public static BackupContents read(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            List<String> skus = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT p.title || ' / ' || s.code FROM sku s JOIN product p ON p.id = s.product_id ORDER BY 1")) {
                while (rs.next()) {
                    skus.add(rs.getString(1));
                }
            }
            return new BackupContents(version, List.copyOf(skus));
        } catch (SQLException e) {
            throw new AssertionError("Cannot read the backup " + file, e);
        }
    }

    /**
     * The file is at this version's schema (the migrator's latest, the same number {@code verify} must report)
     * and holds the SKU {@code "title / code"} saved before the backup was made.
     */
    public static void assertCompleteBackup(Path file, String titleAndCode) {
        BackupContents contents = read(file);
        int latest = new Migrator().latestVersion();
        assertThat(contents.userVersion).as("user_version of " + file).isEqualTo(latest).isPositive();
        assertThat(new BackupService(java.time.Clock.systemUTC()).verify(file)).as("verify " + file).isEqualTo(latest);
        assertThat(contents.skus).as("SKUs in " + file).contains(titleAndCode);
    }
}
