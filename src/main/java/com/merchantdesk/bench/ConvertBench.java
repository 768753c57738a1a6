package com.merchantdesk.bench;

import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Converts a copy of a database at an older schema version the way the app does when it opens one
 * ({@link Database#open}: quick_check, the migrations with their table rebuilds, VACUUM when they freed a large
 * share of the file, the WAL truncated) and measures it: the time, the sizes before and after, and the peak of
 * file plus WAL while it ran. The original file is only read.
 */
final class ConvertBench {

    /** The name the app gives its file, so the copy's folder is a data folder the app can open. */
    static final String COPY_NAME = DataDirectory.DATABASE_FILE;

    private final Path folder;
    private final Consumer<String> progress;

    /** @param folder an empty folder for the copy (kept or deleted with the work folder) */
    ConvertBench(Path folder, Consumer<String> progress) {
        this.folder = folder;
        this.progress = progress;
    }

    BenchReport.Conversion run(ConvertSource source) throws IOException {
        Path copy = Files.createDirectories(folder).resolve(COPY_NAME);
        Path sourceWal = walOf(source.file());
        progress.accept(String.format(Locale.ROOT, "Converting: copying %s (%,.1f MB, schema version %d) to %s",
                source.file(), DatabaseSizes.fileBytes(source.file()) / 1e6, source.version(), copy));
        Files.copy(source.file(), copy, StandardCopyOption.COPY_ATTRIBUTES);
        // A WAL left beside the file holds committed rows the file does not have yet: it belongs to the copy.
        if (DatabaseSizes.fileBytes(sourceWal) > 0) {
            Files.copy(sourceWal, walOf(copy));
        }
        long fileBefore = DatabaseSizes.fileBytes(copy);
        long walBefore = DatabaseSizes.walBytes(copy);
        progress.accept("Converting: opening the copy as the app does (check, migrations, VACUUM, WAL truncated)");
        long elapsedNanos;
        long peak;
        try (WalWatch watch = WalWatch.fileAndWal(copy)) {
            long start = System.nanoTime();
            Database db = Database.open(copy);
            elapsedNanos = System.nanoTime() - start;
            try (db) {
                watch.close();
                peak = watch.peakBytes();
                long walAfter = DatabaseSizes.walBytes(copy);
                long fileAfter = DatabaseSizes.fileBytes(copy);
                int versionAfter = db.schemaVersion();
                long ordersAfter = db.read(ConvertSource::orders);
                return new BenchReport.Conversion(source.file().toString(), source.version(), versionAfter, fileBefore,
                        walBefore, fileAfter, walAfter, peak, elapsedNanos / 1e6, source.orders(), ordersAfter);
            }
        }
    }

    private static Path walOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
    }
}
