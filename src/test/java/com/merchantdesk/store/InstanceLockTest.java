package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.testsupport.ChildProcess;
import com.merchantdesk.testsupport.ScaledTimeout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One running app per data folder: in this JVM, and against another process. */
@ScaledTimeout(5)
class InstanceLockTest {

    @TempDir Path temp;
    @TempDir Path outputs;
    private int children;

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
        try (ChildProcess holder = start(lockFile, "hold")) {
            assertThat(holder.awaitLines("the holder has tried the lock", lines -> !lines.isEmpty()))
                    .containsExactly("ACQUIRED");

            assertThat(InstanceLock.tryAcquire(lockFile)).isEmpty();
            assertThat(probe(lockFile)).isEqualTo("REFUSED");

            // A crash, not a clean exit: the operating system frees the lock.
            holder.kill();
        }
        Optional<InstanceLock> after = InstanceLock.tryAcquire(lockFile);
        assertThat(after).isPresent();
        after.get().close();
    }

    /** Runs {@link LockProbe} in a new JVM and returns what it printed. */
    private String probe(Path lockFile) throws Exception {
        try (ChildProcess p = start(lockFile, "try")) {
            ChildProcess.Finished finished = p.awaitExit();
            assertThat(finished.exitCode()).as("probe exit code; output: " + finished.output()).isZero();
            return finished.output().strip();
        }
    }

    /**
     * Runs {@link LockProbe} in a new JVM; it needs only the test-classes and classes folders. A holder keeps
     * its input open: it holds the lock until that input ends or it dies.
     */
    private ChildProcess start(Path lockFile, String mode) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.java());
        command.add("-cp");
        command.add(ChildProcess.location(LockProbe.class) + File.pathSeparator + ChildProcess.location(InstanceLock.class));
        command.add(LockProbe.class.getName());
        command.add(lockFile.toString());
        command.add(mode);
        return ChildProcess.start(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT),
                outputs.resolve("probe-" + ++children + ".txt"), mode.equals("hold"));
    }
}
