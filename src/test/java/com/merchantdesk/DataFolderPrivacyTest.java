package com.merchantdesk;

import static com.merchantdesk.testsupport.PosixModes.OWNER_FILE;
import static com.merchantdesk.testsupport.PosixModes.OWNER_FOLDER;
import static com.merchantdesk.testsupport.PosixModes.loosenAll;
import static com.merchantdesk.testsupport.PosixModes.mode;
import static com.merchantdesk.testsupport.PosixModes.modesUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.InstanceLock;
import com.merchantdesk.testsupport.PosixModes;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data folder holds customers' data: only its owner may open it, whatever the umask (022 here). */
class DataFolderPrivacyTest {

    private static final Currency KRW = Currency.getInstance("KRW");

    @TempDir Path temp;
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-04T03:02:01Z"), ZoneOffset.UTC);
    private DataDirectory dir;

    @BeforeEach
    void posix() {
        PosixModes.assumePosixWithOpenUmask(temp);
        dir = new DataDirectory(temp.resolve("shop"));
    }

    @Test
    void aNewFolderHoldsOnlyOwnerOnlyFoldersAndFilesAfterAWriteSettingsABackupAndAnImage() throws Exception {
        Path photo = picture(temp.resolve("photo.png"));
        assertThat(mode(photo)).as("the picture as the seller has it").isEqualTo("rw-r--r--");

        // As the window does it: the lock first, then the data.
        try (InstanceLock lock = InstanceLock.tryAcquire(dir.lockFile()).orElseThrow();
             AppContext app = AppContext.open(dir, clock)) {
            fill(app);
            app.images().importImage(photo);
            app.settings().save(Settings.defaults().withShop("김씨네 가게", "서울시 1번지"));
            app.backups().backup(app.database(), app.backups().defaultBackupFile(dir));

            // Read while the database is open, so its -wal and -shm are there.
            Map<String, String> modes = modesUnder(dir.root());
            assertThat(modes).containsKeys(".", ".lock", "merchant-desk.db", "merchant-desk.db-wal", "merchant-desk.db-shm",
                    "settings.json", "images", "thumbnails", "backups", "backups/merchant-desk-20260504-030201.db");
            assertThat(modes.keySet()).anyMatch(p -> p.startsWith("images/")).anyMatch(p -> p.startsWith("thumbnails/"));
            assertThat(modes).isEqualTo(ownerOnly(modes));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"command line", "window"})
    void aFolderLeftOpenByAnOlderVersionIsClosedAtStart(String opener) throws Exception {
        try (AppContext app = AppContext.open(dir, clock)) {
            fill(app);
            app.images().importImage(picture(temp.resolve("photo.png")));
            app.settings().save(Settings.defaults());
            app.backups().backup(app.database(), app.backups().defaultBackupFile(dir));
        }
        Files.writeString(dir.root().resolve(".lock"), "");
        Path sellersOwn = Files.writeString(dir.root().resolve("notes.txt"), "not ours");
        loosenAll(dir.root());
        assertThat(mode(dir.root())).isEqualTo("rwxr-xr-x");
        assertThat(mode(dir.database())).isEqualTo("rw-r--r--");

        BiFunction<DataDirectory, Clock, AppContext> open = opener.equals("window")
                ? AppContext::openCheckingInBackground : AppContext::open;
        try (AppContext app = open.apply(dir, clock)) {
            fill(app);
            Map<String, String> modes = modesUnder(dir.root());
            modes.remove("notes.txt");
            assertThat(modes).containsKeys("merchant-desk.db-wal", "merchant-desk.db-shm", "settings.json", ".lock",
                    "backups/merchant-desk-20260504-030201.db");
            assertThat(modes.keySet()).anyMatch(p -> p.startsWith("images/")).anyMatch(p -> p.startsWith("thumbnails/"));
            assertThat(modes).isEqualTo(ownerOnly(modes));
        }
        assertThat(mode(sellersOwn)).as("a file of the seller's own, not the app's").isEqualTo("rw-r--r--");
    }

    /** The same paths, each with the mode it must have: 0700 for folders, 0600 for files. */
    private Map<String, String> ownerOnly(Map<String, String> modes) {
        Map<String, String> expected = new TreeMap<>();
        modes.keySet().forEach(path -> expected.put(path, Files.isDirectory(dir.root().resolve(path)) ? OWNER_FOLDER : OWNER_FILE));
        return expected;
    }

    private static void fill(AppContext app) {
        app.catalog().save(new ProductInput(null, "Ceramic mug " + System.nanoTime(), "", "Kitchen", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, "MUG-" + System.nanoTime(), List.of(), "", "12000", "", "", "", "")),
                List.of(), null), KRW);
    }

    private static Path picture(Path file) throws Exception {
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
