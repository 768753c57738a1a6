package com.merchantdesk.ui.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The backups in a folder, newest first, as offered when the database is damaged. File work only. */
public final class BackupFiles {

    /** One backup file and when it was last written. */
    public record Backup(Path file, Instant modified, long size) {}

    private BackupFiles() {}

    /** The {@code .db} files directly in {@code folder}, newest first; empty when the folder does not exist. */
    public static List<Backup> newestFirst(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".db"))
                    .map(BackupFiles::describe)
                    .sorted(Comparator.comparing(Backup::modified).reversed()
                            .thenComparing(b -> b.file().getFileName().toString(), Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder, e);
        }
    }

    private static Backup describe(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return new Backup(file, modified.toInstant(), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
