package com.merchantdesk.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFilesTest {

    @TempDir Path folder;

    @Test
    void listsDatabaseFilesNewestFirst() throws Exception {
        touch("monday.db", "2026-03-02T10:00:00Z");
        touch("wednesday.db", "2026-03-04T10:00:00Z");
        touch("tuesday.db", "2026-03-03T10:00:00Z");
        touch("notes.txt", "2026-03-05T10:00:00Z");
        Files.createDirectory(folder.resolve("old.db"));

        assertThat(BackupFiles.newestFirst(folder)).extracting(b -> b.file().getFileName().toString())
                .containsExactly("wednesday.db", "tuesday.db", "monday.db");
        assertThat(BackupFiles.newestFirst(folder).get(0).modified()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
    }

    @Test
    void missingFolderMeansNoBackups() {
        assertThat(BackupFiles.newestFirst(folder.resolve("nothing-here"))).isEmpty();
    }

    private void touch(String name, String when) throws Exception {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(when)));
    }
}
