package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.BackupContents;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.InstanceLock;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.testsupport.PosixModes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(EnglishMessages.class)
class BackupRestoreCommandTest {

    @TempDir Path dir;
    @TempDir Path elsewhere;

    @BeforeEach
    void catalogue() {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS", ""),
                    ProductsListCommandTest.USD);
        }
        assertThat(CliRun.in(dir, "stock", "adjust", "--sku", "TS-RED-M", "--delta", "7", "--reason", "start").exit()).isZero();
    }

    private long onHandOfRedM() {
        CliRun r = CliRun.in(dir, "products", "list", "--json", "-q", "ts-red-m");
        assertThat(r.exit()).as(r.toString()).isZero();
        try {
            return Json.mapper().readTree(r.out()).get(0).get("onHand").asLong();
        } catch (IOException e) {
            throw new AssertionError(r.toString(), e);
        }
    }

    @Test
    void backupThenRestoreBringsTheDataBack() {
        Path backup = elsewhere.resolve("before-count.db");
        CliRun b = CliRun.in(dir, "backup", backup.toString());
        assertThat(b.exit()).as(b.toString()).isZero();
        assertThat(b.out()).contains("Backup written to " + backup);
        assertThat(backup).isRegularFile();
        BackupContents.assertCompleteBackup(backup, "Linen T-Shirt / TS-RED-M");

        CliRun.in(dir, "stock", "adjust", "--sku", "TS-RED-M", "--count", "40", "--reason", "recount");
        assertThat(onHandOfRedM()).isEqualTo(40);

        CliRun r = CliRun.in(dir, "restore", backup.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Restored " + backup).contains("merchant-desk.db.before-restore")
                .containsPattern("\\d+ changes the platform has not confirmed are kept; sync checks them against the platform");
        assertThat(onHandOfRedM()).isEqualTo(7);
        assertThat(dir.resolve("merchant-desk.db.before-restore")).isRegularFile();
    }

    @Test
    void backupWithoutFileGoesToTheBackupsFolder() throws IOException {
        CliRun b = CliRun.in(dir, "backup");
        assertThat(b.exit()).as(b.toString()).isZero();
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.toList()).singleElement().satisfies(f -> {
                assertThat(f.getFileName().toString()).startsWith("merchant-desk-").endsWith(".db");
                BackupContents.assertCompleteBackup(f, "Linen T-Shirt / TS-RED-M");
            });
        }
    }

    @Test
    void backupRefusesAnExistingFileAndAFolderWithoutDatabase() throws IOException {
        Path taken = Files.writeString(elsewhere.resolve("taken.db"), "keep me");
        CliRun exists = CliRun.in(dir, "backup", taken.toString());
        assertThat(exists.exit()).isEqualTo(2);
        assertThat(exists.err()).contains("already exists; choose a new name");
        assertThat(Files.readString(taken)).isEqualTo("keep me");

        CliRun empty = CliRun.in(elsewhere.resolve("no-data"), "backup", elsewhere.resolve("x.db").toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("There is no database in");
    }

    @Test
    void restoreIsRefusedWhileTheWindowHoldsTheDataFolder() {
        Path backup = elsewhere.resolve("b.db");
        assertThat(CliRun.in(dir, "backup", backup.toString()).exit()).isZero();
        CliRun.in(dir, "stock", "adjust", "--sku", "TS-RED-M", "--delta", "1", "--reason", "after backup");

        try (InstanceLock windowLock = InstanceLock.tryAcquire(new DataDirectory(dir).lockFile()).orElseThrow()) {
            CliRun r = CliRun.in(dir, "restore", backup.toString());
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("is in use by a running Merchant Desk window. Close the window and try again.");
            assertThat(r.out()).isEmpty();
        }
        assertThat(onHandOfRedM()).isEqualTo(8);
        assertThat(dir.resolve("merchant-desk.db.before-restore")).doesNotExist();
    }

    @Test
    void restoreRefusesMissingAndNonBackupFilesWithTwo() throws IOException {
        CliRun missing = CliRun.in(dir, "restore", elsewhere.resolve("nope.db").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");

        Path junk = Files.writeString(elsewhere.resolve("junk.db"), "this is not a database at all, not even close........");
        CliRun damaged = CliRun.in(dir, "restore", junk.toString());
        assertThat(damaged.exit()).as(damaged.toString()).isEqualTo(2);
        assertThat(damaged.err()).contains("is damaged or is not a database; nothing was changed").doesNotContain("\tat ");
        assertThat(onHandOfRedM()).isEqualTo(7);
    }

    @Test
    void damagedDatabaseGetsItsMessageAndExitOneWithoutStackTraceAndCanBeRestored() throws IOException {
        Path backup = elsewhere.resolve("good.db");
        assertThat(CliRun.in(dir, "backup", backup.toString()).exit()).isZero();
        Path db = dir.resolve("merchant-desk.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(db, bytes);
        Files.deleteIfExists(dir.resolve("merchant-desk.db-wal"));

        CliRun r = CliRun.in(dir, "products", "list");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("is damaged").contains("Restore a backup to continue.").doesNotContain("\tat ");

        assertThat(CliRun.in(dir, "restore", backup.toString()).exit()).isZero();
        assertThat(onHandOfRedM()).isEqualTo(7);
    }

    @Test
    void tooNewDatabaseIsRefusedWithExitOne() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("merchant-desk.db"));
             var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        CliRun r = CliRun.in(dir, "products", "list");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("newer version of Merchant Desk").doesNotContain("\tat ");
    }

    @Test
    void aBackupWrittenElsewhereIsOwnerOnly() {
        PosixModes.assumePosixWithOpenUmask(elsewhere);
        Path backup = elsewhere.resolve("shop.db");

        CliRun b = CliRun.in(dir, "backup", backup.toString());

        assertThat(b.exit()).as(b.toString()).isZero();
        assertThat(PosixModes.mode(backup)).isEqualTo(PosixModes.OWNER_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"products list", "backup", "restore"})
    void aCommandClosesADataFolderLeftOpenBeforeItWorks(String command) {
        PosixModes.assumePosixWithOpenUmask(elsewhere);
        Path backup = elsewhere.resolve("shop.db");
        assertThat(CliRun.in(dir, "backup", backup.toString()).exit()).isZero();
        PosixModes.loosenAll(dir);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (command.equals("restore")) {
            args.add(backup.toString());
        }

        CliRun r = CliRun.in(dir, args.toArray(String[]::new));

        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, String> modes = PosixModes.modesUnder(dir);
        assertThat(modes).containsKeys("merchant-desk.db", "images", "backups");
        modes.forEach((path, mode) -> assertThat(mode).as(path)
                .isEqualTo(Files.isDirectory(dir.resolve(path)) ? PosixModes.OWNER_FOLDER : PosixModes.OWNER_FILE));
    }
}
