package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.testsupport.ChildProcess;
import com.merchantdesk.testsupport.ScaledTimeout;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed after a commit leaves a -wal behind; the next start must open the file and keep the row. */
@ScaledTimeout(3)
class CrashRecoveryTest {

    @TempDir Path temp;

    @Test
    void rowCommittedBeforeAKillIsThereAfterRestart() throws Exception {
        Path file = temp.resolve("shop.db");
        crashAfterCommit(file, "p1", temp.resolve("probe-1.txt"));
        assertThat(temp.resolve("shop.db-wal")).as("the kill left the WAL").exists();

        try (Database db = Database.open(file)) {
            assertThat(MigrationTest.query(db, "SELECT id FROM product")).containsExactly("p1");
        }
    }

    @Test
    void walWithoutItsShmFileIsRecoveredToo() throws Exception {
        Path file = temp.resolve("shop.db");
        crashAfterCommit(file, "p1", temp.resolve("probe-1.txt"));
        crashAfterCommit(file, "p2", temp.resolve("probe-2.txt"));
        Files.deleteIfExists(temp.resolve("shop.db-shm"));

        try (Database db = Database.open(file)) {
            assertThat(MigrationTest.query(db, "SELECT id FROM product ORDER BY id")).containsExactly("p1", "p2");
        }
    }

    private static void crashAfterCommit(Path file, String productId, Path output) throws Exception {
        ProcessBuilder probe = new ProcessBuilder(List.of(ChildProcess.java(), "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + ChildProcess.location(CrashProbe.class),
                CrashProbe.class.getName(), file.toString(), productId)).redirectError(ProcessBuilder.Redirect.INHERIT);
        try (ChildProcess child = ChildProcess.start(probe, output)) {
            ChildProcess.Finished finished = child.awaitExit();
            assertThat(finished.output().strip()).isEqualTo("COMMITTED");
            assertThat(finished.exitCode()).as("halted, not closed").isEqualTo(3);
        }
    }
}
