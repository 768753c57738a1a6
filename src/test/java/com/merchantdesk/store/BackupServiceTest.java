package com.merchantdesk.store;

import static com.merchantdesk.store.StoreTestFiles.execute;
import static com.merchantdesk.store.StoreTestFiles.fileNames;
import static com.merchantdesk.store.StoreTestFiles.scribble;
import static com.merchantdesk.store.StoreTestFiles.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.testsupport.PosixModes;
import com.merchantdesk.testsupport.TestTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    private static final Currency KRW = Currency.getInstance("KRW");
    private static final List<String> TABLES =
            List.of("product", "sku", "product_image", "stock_level", "stock_movement", "outbox", "sku_search");

    @TempDir Path temp;
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-04T03:02:01Z"), ZoneOffset.UTC);
    private AppContext app;
    private BackupService backups;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("shop")), clock);
        backups = app.backups();
        fillShop(app);
    }

    @AfterEach
    void close() { app.close(); }

    @Test
    void backupOfTheOpenDatabaseVerifiesAndRestoresTheSameRows() {
        Path file = backups.backup(app.database(), temp.resolve("copies/shop.db"));

        assertThat(file).isRegularFile().isAbsolute();
        assertThat(backups.verify(file)).isEqualTo(Migrator.SCRIPTS.size());
        BackupContents.assertCompleteBackup(file, "Ceramic mug 머그컵 / MUG-WHT");
        assertThat(BackupContents.read(file).skus)
                .containsExactly("Ceramic mug 머그컵 / MUG-BLU", "Ceramic mug 머그컵 / MUG-WHT", "Linen towel / TOWEL-1");

        String deskId = app.database().write(SyncIdentity::deskId);
        DataDirectory other = new DataDirectory(temp.resolve("other-computer"));
        BackupService.RestoreReport report = backups.restore(other, file);

        assertThat(report.openChanges()).isEqualTo(8);
        Map<String, List<String>> original = app.database().read(BackupServiceTest::dump);
        try (AppContext restored = AppContext.open(other, clock)) {
            assertThat(restored.database().read(BackupServiceTest::dump)).isEqualTo(original);
            // The desk stays itself, and its open changes wait for a check against the platform.
            String restoredDesk = restored.database().write(SyncIdentity::deskId);
            assertThat(restoredDesk).isEqualTo(deskId);
            Boolean check = restored.database().read(SyncIdentity::outboxNeedsCheck);
            assertThat(check).isTrue();
            Boolean checkHere = app.database().read(SyncIdentity::outboxNeedsCheck);
            assertThat(checkHere).as("the shop the backup came from is not marked").isFalse();
            assertThat(original.get("stock_movement")).hasSize(3);
            assertThat(original.get("outbox")).hasSize(8);
            // The restored search index answers like the original.
            assertThat(restored.catalog().search(ProductQuery.firstPage(50).withText("머그")).items())
                    .extracting(SkuRow::code).containsExactly("MUG-BLU", "MUG-WHT");
            assertThat(restored.catalog().findByScan("8801234567893")).map(SkuRow::onHand).contains(7L);
        }
    }

    @Test
    void backupIsOneConsistentSnapshotAndLeavesOutWorkNotYetCommitted() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch backedUp = new CountDownLatch(1);
        Thread writer = new Thread(() -> app.database().write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO product(id, title, status, created_at, updated_at) VALUES ('half', 'Half-saved', 'DRAFT', 1, 1)");
            }
            inserted.countDown();
            await(backedUp);
            return null;
        }));
        writer.start();
        assertThat(inserted.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)).as("the writer has inserted").isTrue();
        Path file;
        try {
            file = backups.backup(app.database(), temp.resolve("during-write.db"));
        } finally {
            backedUp.countDown();
            writer.join(TestTimeouts.safetyMillis());
        }

        DataDirectory other = new DataDirectory(temp.resolve("restored"));
        backups.restore(other, file);
        try (AppContext restored = AppContext.open(other, clock)) {
            assertThat(MigrationTest.query(restored.database(), "SELECT title FROM product ORDER BY title"))
                    .containsExactly("Ceramic mug 머그컵", "Linen towel");
        }
        assertThat(MigrationTest.query(app.database(), "SELECT id FROM product WHERE id = 'half'"))
                .containsExactly("half");
    }

    @Test
    void backupRefusesToOverwriteAnExistingFile() throws Exception {
        Path existing = temp.resolve("existing.db");
        Files.writeString(existing, "keep me");

        assertThatThrownBy(() -> backups.backup(app.database(), existing))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThat(existing).hasContent("keep me");
    }

    @Test
    void backupToAFolderWithAQuoteInItsNameWorks() {
        Path file = backups.backup(app.database(), temp.resolve("Kim's shop/backup.db"));
        assertThat(backups.verify(file)).isEqualTo(Migrator.SCRIPTS.size());
        BackupContents.assertCompleteBackup(file, "Linen towel / TOWEL-1");
    }

    @Test
    void defaultBackupFileIsTimeStampedInTheBackupsFolder() {
        assertThat(backups.defaultBackupFile(app.dataDirectory()))
                .isEqualTo(app.dataDirectory().backups().resolve("merchant-desk-20260504-030201.db"));
    }

    @Test
    void restoreOverAnExistingDatabaseWithAStaleWalWorksAndKeepsTheOldDataAside() throws Exception {
        Path file = backups.backup(app.database(), temp.resolve("good.db"));

        // A second shop whose last session crashed: a committed row is still only in its -wal file.
        DataDirectory target = new DataDirectory(temp.resolve("crashed"));
        Path wal = target.database().resolveSibling(DataDirectory.DATABASE_FILE + "-wal");
        AppContext.open(target, clock).close();
        byte[] mainFile = Files.readAllBytes(target.database());
        byte[] staleWal;
        try (AppContext crashed = AppContext.open(target, clock)) {
            crashed.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO product(id, title, status, created_at, updated_at) VALUES ('old', 'Only in WAL', 'DRAFT', 1, 1)");
                }
                return null;
            });
            staleWal = Files.readAllBytes(wal);
        }
        assertThat(staleWal).isNotEmpty();
        Files.write(target.database(), mainFile);
        Files.write(wal, staleWal);

        backups.restore(target, file);

        try (AppContext restored = AppContext.open(target, clock)) {
            assertThat(MigrationTest.query(restored.database(), "SELECT title FROM product ORDER BY title"))
                    .containsExactly("Ceramic mug 머그컵", "Linen towel");
            assertThat(restored.database().read(BackupServiceTest::dump)).isEqualTo(app.database().read(BackupServiceTest::dump));
        }
        // The replaced database is kept beside it, with the rows its WAL held.
        Path previous = target.database().resolveSibling(DataDirectory.DATABASE_FILE + ".before-restore");
        assertThat(previous).isRegularFile();
        try (Database old = Database.open(previous)) {
            assertThat(MigrationTest.query(old, "SELECT title FROM product")).containsExactly("Only in WAL");
        }
    }

    @Test
    void restoreRefusesADamagedFileAndChangesNothing() throws Exception {
        Path file = backups.backup(app.database(), temp.resolve("damaged.db"));
        int pageSize = StoreTestFiles.pageSize(file);
        scribble(file, 2L * pageSize, 4 * pageSize, 9);

        assertRefusedWithoutChange(file, DatabaseDamagedException.class, "damaged");
    }

    @Test
    void restoreRefusesAFileThatIsNotADatabase() throws Exception {
        Path file = temp.resolve("photo.jpg");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});

        assertRefusedWithoutChange(file, DatabaseDamagedException.class, "damaged");
    }

    @Test
    void restoreRefusesAnSqliteFileThatIsNotMerchantDesks() throws Exception {
        Path file = temp.resolve("recipes.db");
        execute(file, "CREATE TABLE recipe (name TEXT)", "INSERT INTO recipe VALUES ('kimchi')");

        assertRefusedWithoutChange(file, StoreException.class, "not a Merchant Desk backup");
    }

    @Test
    void restoreRefusesAFileFromANewerVersion() throws Exception {
        Path file = backups.backup(app.database(), temp.resolve("newer.db"));
        execute(file, "PRAGMA user_version = 99");

        assertRefusedWithoutChange(file, DatabaseTooNewException.class, "newer version");
    }

    @Test
    void restoreRefusesAMissingFile() throws Exception {
        assertRefusedWithoutChange(temp.resolve("nowhere.db"), StoreException.class, "does not exist");
    }

    @Test
    void verifyChangesNothingInTheBackupFile() {
        Path file = backups.backup(app.database(), temp.resolve("check-me.db"));
        String before = sha256(file);
        backups.verify(file);
        assertThat(sha256(file)).isEqualTo(before);
    }

    private void assertRefusedWithoutChange(Path file, Class<? extends StoreException> type, String message) throws Exception {
        DataDirectory target = new DataDirectory(temp.resolve("target-" + type.getSimpleName()));
        try (AppContext existing = AppContext.open(target, clock)) {
            fillShop(existing);
        }
        String before = sha256(target.database());
        List<String> filesBefore = fileNames(target.root());
        String backupBefore = Files.exists(file) ? sha256(file) : null;

        assertThatThrownBy(() -> backups.restore(target, file)).isInstanceOf(type).hasMessageContaining(message);

        assertThat(sha256(target.database())).isEqualTo(before);
        assertThat(fileNames(target.root())).isEqualTo(filesBefore);
        if (backupBefore != null) {
            assertThat(sha256(file)).isEqualTo(backupBefore);
        }
    }

    /** Two products (three SKUs), stock with three movements: eight outbox rows. */
    static void fillShop(AppContext app) {
        Product mug = app.catalog().save(new ProductInput(null, "Ceramic mug 머그컵", "", "Kitchen", "active", List.of("Colour"),
                List.of(new ProductInput.SkuInput(null, "MUG-WHT", List.of("White"), "8801234567893", "12000", "", "5000", "350", "3"),
                        new ProductInput.SkuInput(null, "MUG-BLU", List.of("Blue"), "", "12500", "15000", "", "", "")),
                List.of(), null), KRW);
        app.catalog().save(new ProductInput(null, "Linen towel", "", "Bath", "draft", List.of(),
                List.of(new ProductInput.SkuInput(null, "TOWEL-1", List.of(), "CODE-128 TOWEL", "9900", "", "", "", "")),
                List.of(), null), KRW);
        String white = mug.skus().get(0).id();
        app.stock().adjust(new StockAdjustment(white, MovementKind.RECEIVED, 10, "delivery", "first batch", "PO-7"));
        app.stock().adjust(new StockAdjustment(white, MovementKind.DAMAGED, 1, "chipped", "", ""));
        app.stock().adjust(new StockAdjustment(white, MovementKind.COUNTED, 7, "stocktake", "", ""));
    }

    /** Every row of the catalogue's tables as text, table by table. */
    static Map<String, List<String>> dump(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>();
            String order = table.equals("sku_search") ? "rowid" : "1";
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + (table.equals("sku_search") ? "rowid, *" : "*") + " FROM " + table
                         + " ORDER BY " + order)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            tables.put(table, rows);
        }
        return tables;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the backup did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBackupWrittenElsewhereIsOwnerOnlyAndTheFolderItGoesToIsLeftAlone() {
        PosixModes.assumePosixWithOpenUmask(temp);
        String elsewhere = PosixModes.mode(temp);

        Path backup = backups.backup(app.database(), temp.resolve("usb/new-folder/shop.db"));

        assertThat(PosixModes.mode(backup)).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(PosixModes.mode(backup.getParent())).as("a folder made for it").isEqualTo(PosixModes.OWNER_FOLDER);
        assertThat(PosixModes.mode(temp)).as("the seller's folder it went into").isEqualTo(elsewhere);
        assertThat(backups.verify(backup)).isEqualTo(new Migrator().latestVersion());
    }

    @Test
    void aBackupOpenToOthersIsRestoredAsAnOwnerOnlyDatabase() {
        PosixModes.assumePosixWithOpenUmask(temp);
        Path backup = backups.backup(app.database(), temp.resolve("shop-backup.db"));
        PosixModes.setMode(backup, "rw-r--r--");
        app.close();

        backups.restore(app.dataDirectory(), backup);

        assertThat(PosixModes.mode(app.dataDirectory().database())).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(PosixModes.mode(backup)).as("the backup itself is the seller's").isEqualTo("rw-r--r--");
    }
}
