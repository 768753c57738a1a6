package com.merchantdesk.store;

import static com.merchantdesk.testsupport.PosixModes.OWNER_FILE;
import static com.merchantdesk.testsupport.PosixModes.OWNER_FOLDER;
import static com.merchantdesk.testsupport.PosixModes.loosenAll;
import static com.merchantdesk.testsupport.PosixModes.mode;
import static com.merchantdesk.testsupport.PosixModes.setMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.testsupport.PosixModes;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    private static final DirectoryStream.Filter<Path> EVERYTHING = entry -> true;

    @TempDir Path temp;
    private Path root;

    @BeforeEach
    void folderAsAnOlderVersionLeftIt() throws Exception {
        PosixModes.assumePosixWithOpenUmask(temp);
        root = Files.createDirectories(temp.resolve("shop"));
        Files.createDirectories(root.resolve("images/nested"));
        Files.writeString(root.resolve("merchant-desk.db"), "db");
        Files.writeString(root.resolve("images/a.jpg"), "a");
        Files.writeString(root.resolve("images/b.jpg"), "b");
        Files.writeString(root.resolve("images/nested/c.jpg"), "c");
        loosenAll(root);
    }

    @Test
    void newFilesAndFoldersAreOwnerOnlyFromTheStart() throws Exception {
        Path folder = PrivateFiles.createDirectories(temp.resolve("new/deeper"));
        try (var out = PrivateFiles.newOutputStream(folder.resolve("file.bin"))) {
            out.write(1);
        }
        PrivateFiles.createEmptyFile(folder.resolve("empty.db"));

        assertThat(mode(temp.resolve("new"))).isEqualTo(OWNER_FOLDER);
        assertThat(mode(folder)).isEqualTo(OWNER_FOLDER);
        assertThat(mode(folder.resolve("file.bin"))).isEqualTo(OWNER_FILE);
        assertThat(mode(folder.resolve("empty.db"))).isEqualTo(OWNER_FILE);
        assertThatThrownBy(() -> PrivateFiles.createNew(folder.resolve("file.bin"))).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void anExistingFolderIsNotChangedByCreatingIt() throws Exception {
        PrivateFiles.createDirectories(root);
        PrivateFiles.createEmptyFile(root.resolve("merchant-desk.db"));

        assertThat(mode(root)).isEqualTo("rwxr-xr-x");
        assertThat(Files.readString(root.resolve("merchant-desk.db"))).isEqualTo("db");
    }

    @Test
    void theWalkTakesGroupAndOtherPermissionsOffEverythingAndKeepsTheOwners() {
        setMode(root.resolve("images/b.jpg"), "r--r--r--");

        int changed = PrivateFiles.restrictTree(root, EVERYTHING);

        assertThat(changed).isEqualTo(7);
        assertThat(mode(root)).isEqualTo(OWNER_FOLDER);
        assertThat(mode(root.resolve("images"))).isEqualTo(OWNER_FOLDER);
        assertThat(mode(root.resolve("images/nested"))).isEqualTo(OWNER_FOLDER);
        assertThat(mode(root.resolve("merchant-desk.db"))).isEqualTo(OWNER_FILE);
        assertThat(mode(root.resolve("images/a.jpg"))).isEqualTo(OWNER_FILE);
        assertThat(mode(root.resolve("images/nested/c.jpg"))).isEqualTo(OWNER_FILE);
        assertThat(mode(root.resolve("images/b.jpg"))).as("read-only stays read-only").isEqualTo("r--------");
        assertThat(PrivateFiles.restrictTree(root, EVERYTHING)).as("a second walk finds nothing to do").isZero();
    }

    @Test
    void onlyTheEntriesTheFilterAcceptsAreWalked() throws Exception {
        Path sellersOwn = Files.createDirectories(root.resolve("photos-of-my-cat"));
        setMode(sellersOwn, "rwxr-xr-x");

        PrivateFiles.restrictTree(root, entry -> !entry.equals(sellersOwn));

        assertThat(mode(root.resolve("images/a.jpg"))).isEqualTo(OWNER_FILE);
        assertThat(mode(sellersOwn)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void linksAreNotFollowed() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "not in the data folder");
        setMode(outside, "rw-r--r--");
        Files.createSymbolicLink(root.resolve("images/link.jpg"), outside);

        PrivateFiles.restrictTree(root, EVERYTHING);

        assertThat(mode(outside)).isEqualTo("rw-r--r--");
        assertThat(mode(root.resolve("images/a.jpg"))).isEqualTo(OWNER_FILE);
    }

    @Test
    void aFileThatCannotBeChangedIsLoggedAndTheRestIsDone() {
        Path foreign = root.resolve("images/a.jpg");
        List<LogRecord> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger(PrivateFiles.class.getName());
        Handler capture = new Handler() {
            @Override public void publish(LogRecord record) { warnings.add(record); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        logger.addHandler(capture);
        try {
            PrivateFiles.restrictTree(root, EVERYTHING, (path, permissions) -> {
                if (path.equals(foreign)) {
                    throw new AccessDeniedException(path.toString(), null, "Operation not permitted");
                }
                Files.setPosixFilePermissions(path, permissions);
            });
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(mode(foreign)).isEqualTo("rw-r--r--");
        assertThat(mode(root.resolve("images/b.jpg"))).isEqualTo(OWNER_FILE);
        assertThat(mode(root.resolve("images/nested/c.jpg"))).isEqualTo(OWNER_FILE);
        assertThat(mode(root.resolve("images"))).isEqualTo(OWNER_FOLDER);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getMessage()).contains("1 path(s)").contains(foreign.toString()));
    }

    @Test
    void aWalkCutShortIsFinishedByTheNextOne() {
        Path images = root.resolve("images");
        // Killed at the first change inside images/, whatever order the folder lists its entries in.
        assertThatThrownBy(() -> PrivateFiles.restrictTree(root, EVERYTHING, (path, permissions) -> {
            if (path.startsWith(images) && !path.equals(images)) {
                throw new IllegalStateException("the process was killed");
            }
            Files.setPosixFilePermissions(path, permissions);
        })).hasMessage("the process was killed");

        PrivateFiles.restrictTree(root, EVERYTHING);

        assertThat(PosixModes.modesUnder(root)).containsOnly(
                Map.entry(".", OWNER_FOLDER), Map.entry("merchant-desk.db", OWNER_FILE),
                Map.entry("images", OWNER_FOLDER), Map.entry("images/a.jpg", OWNER_FILE),
                Map.entry("images/b.jpg", OWNER_FILE), Map.entry("images/nested", OWNER_FOLDER),
                Map.entry("images/nested/c.jpg", OWNER_FILE));
    }

    @Test
    void aFolderAlreadyOwnerOnlyIsNotReadAgain() {
        // What a copy into a private folder may leave: nobody else can reach it through the folder.
        setMode(root.resolve("images"), OWNER_FOLDER);
        List<Path> changed = new ArrayList<>();

        PrivateFiles.restrictTree(root, EVERYTHING, (path, permissions) -> {
            changed.add(path);
            Files.setPosixFilePermissions(path, permissions);
        });

        assertThat(changed).containsExactlyInAnyOrder(root, root.resolve("merchant-desk.db"));
        assertThat(mode(root.resolve("images/a.jpg"))).isEqualTo("rw-r--r--");
    }
}
