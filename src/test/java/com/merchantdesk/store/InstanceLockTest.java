package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One running app per data folder: in this JVM, and against another process. */
class InstanceLockTest {

    @TempDir Path temp;

    @Test
    void secondAcquireInTheSameJvmIsRefusedUntilTheFirstCloses() throws IOException {
        Path lockFile = new DataDirectory(temp).lockFile();
        Optional<InstanceLock> first = InstanceLock.tryAcquire(lockFile);
        assertThat(first).isPresent();

        assertThat(InstanceLock.tryAcquire(lockFile)).isEmpty();
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), temp);
        assertThat(InstanceLock.tryAcquire(alias.resolve(".lock"))).as("same file through a link").isEmpty();

        first.get().close();
        first.get().close(); // twice is harmless
        Optional<InstanceLock> again = InstanceLock.tryAcquire(lockFile);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void anotherProcessIsRefusedWhileTheLockIsHeldAndAllowedAfterClose() throws Exception {
        Path lockFile = new DataDirectory(temp).lockFile();
        Optional<InstanceLock> first = InstanceLock.tryAcquire(lockFile);
        assertThat(first).isPresent();
        try {
            assertThat(probe(lockFile)).isEqualTo("REFUSED");
            // A refused attempt in this JVM must not loosen the lock the other process sees.
            assertThat(InstanceLock.tryAcquire(lockFile)).isEmpty();
            assertThat(probe(lockFile)).isEqualTo("REFUSED");
        } finally {
            first.get().close();
        }
        assertThat(probe(lockFile)).isEqualTo("ACQUIRED");
    }

    @Test
    void lockHeldByAnotherProcessRefusesThisOneAndIsFreedWhenThatProcessDies() throws Exception {
        Path lockFile = new DataDirectory(temp).lockFile();
        Process holder = start(lockFile, "hold");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ACQUIRED");

            assertThat(InstanceLock.tryAcquire(lockFile)).isEmpty();
            assertThat(probe(lockFile)).isEqualTo("REFUSED");

            // A crash, not a clean exit: the operating system frees the lock.
            holder.destroyForcibly();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        Optional<InstanceLock> after = InstanceLock.tryAcquire(lockFile);
        assertThat(after).isPresent();
        after.get().close();
    }

    /** Runs {@link LockProbe} in a new JVM and returns what it printed. */
    private static String probe(Path lockFile) throws Exception {
        Process p = start(lockFile, "try");
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(p.exitValue()).as("probe exit code; output: " + output).isZero();
        return output;
    }

    private static Process start(Path lockFile, String mode) throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(location(LockProbe.class) + File.pathSeparator + location(InstanceLock.class));
        command.add(LockProbe.class.getName());
        command.add(lockFile.toString());
        command.add(mode);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The test-classes or classes folder a class was loaded from: all the probe needs. */
    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
