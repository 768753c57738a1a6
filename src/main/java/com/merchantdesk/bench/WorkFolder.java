package com.merchantdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a benchmark run builds its data: a new temporary folder, deleted afterwards, or a folder the user
 * named, which must be empty (so nothing of theirs is overwritten) and is kept for inspection.
 */
public final class WorkFolder implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private WorkFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    public static WorkFolder temporary() throws IOException {
        return new WorkFolder(Files.createTempDirectory("merchant-desk-bench-"), true);
    }

    /** The named folder, created if missing; refused (IllegalArgumentException) when it holds anything. */
    public static WorkFolder named(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + " is not a folder");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty");
                }
            }
        }
        return new WorkFolder(Files.createDirectories(dir), false);
    }

    public Path path() { return path; }

    public boolean isTemporary() { return temporary; }

    @Override
    public void close() {
        if (temporary) {
            deleteTree(path);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }
}
