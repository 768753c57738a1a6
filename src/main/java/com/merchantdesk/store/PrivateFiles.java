package com.merchantdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files and folders only their owner can open: the data folder holds customers' names, phones and addresses,
 * and on a shared computer the umask (usually 022) would leave them readable by every local account. On POSIX
 * systems new folders are made 0700 and new files 0600 from their creation (never loosened then tightened), and
 * existing ones lose their group and other permissions; elsewhere (Windows: the per-user {@code %APPDATA%} is
 * private already) everything here is a plain create and the rest does nothing.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?>[] FOLDER = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0];
    private static final FileAttribute<?>[] FILE = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    /** How many unfixable paths one walk names in its warning; the rest are counted. */
    private static final int NAMED_FAILURES = 5;

    /** Sets a path's permissions; a test stands in for the file system to refuse some. */
    interface PermissionSetter {
        void set(Path path, Set<PosixFilePermission> permissions) throws IOException;
    }

    private PrivateFiles() {}

    /** The attributes that create a file owner-only (0600); none where permissions are not POSIX. */
    public static FileAttribute<?>[] ownerOnlyFile() { return FILE.clone(); }

    /**
     * Creates {@code folder} and its missing parents 0700. Folders that exist already are left as they are: this
     * also makes the folder a backup or a PDF is saved to, which may be the seller's own.
     */
    public static Path createDirectories(Path folder) throws IOException {
        return Files.createDirectories(folder, FOLDER);
    }

    /** Creates an empty owner-only file, unless {@code file} exists (then it is left as it is). */
    public static void createEmptyFile(Path file) throws IOException {
        try {
            Files.createFile(file, FILE);
        } catch (FileAlreadyExistsException exists) {
            // made by an earlier start (or SQLite); its permissions are the walk's business
        }
    }

    /** Opens a new file for writing, owner-only from its creation; fails if {@code file} exists. */
    public static FileChannel createNew(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), FILE);
    }

    /** Like {@link #createNew}, as a stream. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        return Channels.newOutputStream(createNew(file));
    }

    /** What writes a file's contents, for {@link #writeWhole}. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} whole or not at all, owner-only from the start: into a hidden file beside it, then
     * moved over it (atomically where the file system can). Returns the target's absolute path.
     */
    public static Path writeWhole(Path target, Contents contents) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        createDirectories(folder);
        Path partial = folder.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = newOutputStream(partial)) {
                contents.writeTo(out);
            }
            try {
                Files.move(partial, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return absolute;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Takes the group and other permissions off {@code folder} (following a link: the data folder itself may be one)
     * and off those of its entries that {@code ours} accepts, with everything under them; links inside are not
     * followed, and only paths that need it are changed. A sub-folder that is owner-only already is not entered:
     * no other account can reach anything through it, and the walk tightens a folder only after its contents, so
     * an owner-only folder is one whose contents were done (or that was made so). That keeps a start quick with
     * thousands of images: after the first walk, only the folder's own entries are read. A path that cannot be
     * changed (another account's file) is logged and skipped, never a failure.
     *
     * @return how many paths were changed
     */
    public static int restrictTree(Path folder, DirectoryStream.Filter<Path> ours) {
        return restrictTree(folder, ours, Files::setPosixFilePermissions);
    }

    static int restrictTree(Path folder, DirectoryStream.Filter<Path> ours, PermissionSetter setter) {
        if (!POSIX) {
            return 0;
        }
        Failures failures = new Failures();
        // The top folder first: once it is 0700 nothing inside can be reached by others while the rest is done.
        int changed = restrict(folder, setter, failures) ? 1 : 0;
        changed += restrictEntries(folder, ours, setter, failures);
        failures.log(folder);
        return changed;
    }

    private static int restrictEntries(Path folder, DirectoryStream.Filter<Path> filter, PermissionSetter setter, Failures failures) {
        int changed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, filter)) {
            for (Path entry : entries) {
                PosixFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                } catch (IOException e) {
                    failures.add(entry, e);
                    continue;
                }
                if (attributes.isRegularFile()) {
                    changed += restrict(entry, attributes.permissions(), setter, failures) ? 1 : 0;
                } else if (attributes.isDirectory() && !Collections.disjoint(attributes.permissions(), GROUP_AND_OTHERS)) {
                    changed += restrictEntries(entry, everything -> true, setter, failures);
                    changed += restrict(entry, attributes.permissions(), setter, failures) ? 1 : 0;
                }
                // links and special files are left alone
            }
        } catch (NoSuchFileException gone) {
            return changed;
        } catch (IOException e) {
            failures.add(folder, e);
        }
        return changed;
    }

    private static boolean restrict(Path path, PermissionSetter setter, Failures failures) {
        if (!POSIX) {
            return false;
        }
        try {
            return restrict(path, Files.getPosixFilePermissions(path), setter, failures);
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            failures.add(path, e);
            return false;
        }
    }

    /** Changes {@code path} only when it has group or other permissions; the owner's stay as they are. */
    private static boolean restrict(Path path, Set<PosixFilePermission> current, PermissionSetter setter, Failures failures) {
        Set<PosixFilePermission> ownerOnly = current.isEmpty() ? EnumSet.noneOf(PosixFilePermission.class) : EnumSet.copyOf(current);
        if (!ownerOnly.removeAll(GROUP_AND_OTHERS)) {
            return false;
        }
        try {
            setter.set(path, ownerOnly);
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            failures.add(path, e);
            return false;
        }
    }

    /** What one walk could not change, told in one warning rather than one per file. */
    private static final class Failures {
        private final List<String> named = new ArrayList<>();
        private int count;

        void add(Path path, IOException e) {
            count++;
            if (named.size() < NAMED_FAILURES) {
                named.add(path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }

        void log(Path where) {
            if (count == 0) {
                return;
            }
            // The logger is got only now: the first one starts java.util.logging, which start-up does without.
            Logger.getLogger(PrivateFiles.class.getName()).log(Level.WARNING, () -> "Could not make " + count
                    + " path(s) in " + where + " private to their owner (another account's files?); left as they are: "
                    + String.join(", ", named) + (count > named.size() ? ", …" : ""));
        }
    }
}
