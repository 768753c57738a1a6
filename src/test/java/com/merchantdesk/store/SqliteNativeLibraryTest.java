package com.merchantdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.testsupport.ChildProcess;
import com.merchantdesk.testsupport.ScaledTimeout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    @TempDir Path temp;

    private static long librarySize() throws IOException {
        var resource = SqliteNativeLibrary.class.getResource(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
        return resource.openConnection().getContentLengthLong();
    }

    @Test
    void unpacksOnceAndReusesTheCopy() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(temp).orElseThrow();

        assertThat(lib).startsWith(temp).hasFileName(LibraryLoaderUtil.getNativeLibName());
        assertThat(lib.getParent().getFileName().toString()).startsWith("sqlite-jdbc-");
        assertThat(Files.size(lib)).isEqualTo(librarySize()).isPositive();
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(lib, written);

        assertThat(SqliteNativeLibrary.cachedCopy(temp)).contains(lib);
        assertThat(Files.getLastModifiedTime(lib)).as("not written again").isEqualTo(written);
        try (Stream<Path> files = Files.list(lib.getParent())) {
            assertThat(files).as("no partial file left").containsExactly(lib);
        }
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(temp).orElseThrow();
        Files.write(lib, new byte[] {1, 2, 3});

        assertThat(SqliteNativeLibrary.cachedCopy(temp)).contains(lib);
        assertThat(Files.size(lib)).isEqualTo(librarySize());
    }

    @Test
    void cacheFolderFollowsThePlatform() {
        Path home = Path.of("/home/seller");
        assertThat(SqliteNativeLibrary.cacheRoot("Linux", Map.of(), home)).isEqualTo(home.resolve(".cache/merchant-desk/native"));
        assertThat(SqliteNativeLibrary.cacheRoot("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/me"), home))
                .isEqualTo(Path.of("/var/cache/me/merchant-desk/native"));
        assertThat(SqliteNativeLibrary.cacheRoot("Linux", Map.of("XDG_CACHE_HOME", "relative"), home))
                .as("a relative XDG_CACHE_HOME is ignored").isEqualTo(home.resolve(".cache/merchant-desk/native"));
        assertThat(SqliteNativeLibrary.cacheRoot("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Caches/Merchant Desk/native"));
        assertThat(SqliteNativeLibrary.cacheRoot("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\s\\AppData\\Local"), home))
                .isEqualTo(Path.of("C:\\Users\\s\\AppData\\Local").resolve("Merchant Desk").resolve("cache").resolve("native"));
    }

    /** A command in a fresh JVM loads the cached copy and unpacks nothing into the temp folder. */
    @Test
    @ScaledTimeout(3)
    void commandsUseTheCachedCopyInsteadOfTheTempFolder() throws Exception {
        Path cache = temp.resolve("cache");
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        for (int run = 1; run <= 2; run++) {
            ProcessBuilder pb = new ProcessBuilder(ChildProcess.java(),
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "com.merchantdesk.Main",
                    "--data-dir", temp.resolve("data").toString(), "products", "list");
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            try (ChildProcess child = ChildProcess.start(pb, temp.resolve("run-" + run + ".txt"))) {
                ChildProcess.Finished finished = child.awaitExit();
                assertThat(finished.exitCode()).as(finished.output()).isZero();
            }
        }
        try (Stream<Path> unpacked = Files.list(tmp)) {
            List<String> names = unpacked.map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.contains("sqlitejdbc"));
        }
        try (Stream<Path> cached = Files.walk(cache)) {
            assertThat(cached.filter(p -> p.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName())))
                    .hasSize(1);
        }
    }
}
