package com.merchantdesk.testsupport;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads and sets the permissions of test files as {@code ls -l} shows them ("rw-------"). */
public final class PosixModes {

    public static final String OWNER_FOLDER = "rwx------";
    public static final String OWNER_FILE = "rw-------";

    private PosixModes() {}

    /**
     * Skips the test where permissions are not POSIX, and where the umask already makes new files owner-only (a
     * test of owner-only files would then pass without proving anything). Under the usual umask 022 it runs.
     */
    public static void assumePosixWithOpenUmask(Path temp) {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
        try {
            // Files.createFile, unlike createTempFile, gives a new file what the umask leaves of 0666.
            Path probe = Files.createFile(temp.resolve("umask-probe.txt"));
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(probe);
            Files.delete(probe);
            assumeThat(permissions).as("permissions of a new file under this umask").contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void setMode(Path path, String mode) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path under {@code root} (relative, "/"-separated; the root itself as ".") with its mode. */
    public static Map<String, String> modesUnder(Path root) {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(p -> modes.put(root.equals(p) ? "." : root.relativize(p).toString().replace('\\', '/'), mode(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modes;
    }

    /** Gives every folder under {@code root} 755 and every file 644, as a version that followed the umask left them. */
    public static void loosenAll(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(p -> setMode(p, Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
