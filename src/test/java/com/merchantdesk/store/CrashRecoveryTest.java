package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed after a commit leaves a -wal behind; the next start must open the file and keep the row. */
class CrashRecoveryTest {

    @TempDir Path temp;

    @Test
    void rowCommittedBeforeAKillIsThereAfterRestart() throws Exception {
        Path file = temp.resolve("shop.db");
        crashAfterCommit(file, "p1");
        assertThat(temp.resolve("shop.db-wal")).as("the kill left the WAL").exists();

        try (Database db = Database.open(file)) {
            assertThat(MigrationTest.query(db, "SELECT id FROM product")).containsExactly("p1");
        }
    }

    @Test
    void walWithoutItsShmFileIsRecoveredToo() throws Exception {
        Path file = temp.resolve("shop.db");
        crashAfterCommit(file, "p1");
        crashAfterCommit(file, "p2");
        Files.deleteIfExists(temp.resolve("shop.db-shm"));

        try (Database db = Database.open(file)) {
            assertThat(MigrationTest.query(db, "SELECT id FROM product ORDER BY id")).containsExactly("p1", "p2");
        }
    }

    private static void crashAfterCommit(Path file, String productId) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + location(CrashProbe.class),
                CrashProbe.class.getName(), file.toString(), productId))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).isEqualTo("COMMITTED");
        assertThat(p.exitValue()).as("halted, not closed").isEqualTo(3);
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
