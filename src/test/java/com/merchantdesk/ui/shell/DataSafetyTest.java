package com.merchantdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.store.BackupContents;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.testsupport.PosixModes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSafetyTest {

    @TempDir Path temp;
    private AppContext app;

    @BeforeEach
    void open() { app = AppContext.open(new DataDirectory(temp.resolve("shop")), Clock.systemUTC()); }

    @AfterEach
    void close() { app.close(); }

    @Test
    void backupNowGoesToTheBackupsFolder() {
        save("MUG-1");
        Path backup = DataSafety.backupNow(app);
        assertThat(backup.getParent()).isEqualTo(app.dataDirectory().backups());
        BackupContents.assertCompleteBackup(backup, "Item MUG-1 / MUG-1");
    }

    @Test
    void backupOverAnExistingFileReplacesItOnlyWithACompleteCopy() throws Exception {
        Path target = Files.writeString(temp.resolve("shop-backup.db"), "old contents");
        save("MUG-1");

        DataSafety.backupTo(app, target);

        BackupContents.assertCompleteBackup(target, "Item MUG-1 / MUG-1");
        assertThat(temp.resolve("shop-backup.db.partial")).doesNotExist();
    }

    @Test
    void restoreBringsBackTheBackupAndReopens() {
        save("MUG-1");
        Path backup = DataSafety.backupNow(app);
        save("CUP-1");
        AtomicBoolean closed = new AtomicBoolean();

        DataSafety.Restored restored = DataSafety.restore(app, backup, closed);
        app = restored.app();

        assertThat(closed).isTrue();
        assertThat(restored.failure()).isNull();
        assertThat(app.catalog().findByScan("MUG-1")).isPresent();
        assertThat(app.catalog().findByScan("CUP-1")).isEmpty();
    }

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeAnythingCloses() throws Exception {
        save("MUG-1");
        Path notABackup = Files.writeString(temp.resolve("holiday.db"), "not a database at all ".repeat(300));
        AtomicBoolean closed = new AtomicBoolean();

        assertThatThrownBy(() -> DataSafety.restore(app, notABackup, closed)).isInstanceOf(StoreException.class);

        assertThat(closed).isFalse();
        assertThat(app.catalog().findByScan("MUG-1")).isPresent();
    }

    private void save(String code) {
        app.catalog().save(new ProductInput(null, "Item " + code, "", "", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, code, List.of(), "", "5.00", "", "", "", "")), List.of(), null),
                Currency.getInstance("USD"));
    }

    @Test
    void aBackupOverAFileOpenToOthersIsOwnerOnly() throws Exception {
        PosixModes.assumePosixWithOpenUmask(temp);
        Path target = Files.writeString(temp.resolve("shop-backup.db"), "old contents");
        PosixModes.setMode(target, "rw-r--r--");

        DataSafety.backupTo(app, target);
        Path now = DataSafety.backupNow(app);

        assertThat(PosixModes.mode(target)).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(PosixModes.mode(now)).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(app.backups().verify(target)).isPositive();
    }
}
