package com.merchantdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;

/**
 * Run in a child JVM by {@link TwoWritersTest}: another process on the same database. Modes:
 * <ul>
 *   <li>{@code hold FILE NAME}: opens FILE as the command NAME, starts a write that adds the product
 *       {@code probe-<pid>}, prints {@code HOLDING} inside it and commits when its standard input ends, then
 *       prints {@code COMMITTED};</li>
 *   <li>{@code hold-v1 FILE}: the same, unnamed, on a file kept at schema version 1 (an older app);</li>
 *   <li>{@code open FILE}: opens FILE, prints {@code OPEN}, closes it when its standard input ends;</li>
 *   <li>{@code try-lock FILE}: prints {@code FREE} when the write lock of FILE could be taken now, else
 *       {@code HELD}.</li>
 * </ul>
 */
public final class WriterProbe {

    private WriterProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "hold" -> hold(Database.open(file, WriterInfo.command(args[2]), WriteWaitListener.NONE));
            case "hold-v1" -> hold(Database.open(file, new Migrator(Migrator.SCRIPTS.subList(0, 1))));
            case "open" -> {
                try (Database db = Database.open(file)) {
                    say("OPEN");
                    awaitEndOfInput();
                }
            }
            case "try-lock" -> say(tryLock(file) ? "FREE" : "HELD");
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void hold(Database db) {
        try (db) {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO product(id, title, status, created_at, updated_at) VALUES (?, 'Probe', 'ACTIVE', 1, 1)")) {
                    ps.setString(1, "probe-" + ProcessHandle.current().pid());
                    ps.executeUpdate();
                }
                say("HOLDING");
                awaitEndOfInput();
                return null;
            });
            say("COMMITTED");
        }
    }

    private static boolean tryLock(Path database) throws IOException {
        try (FileChannel channel = FileChannel.open(WriteLock.lockFileOf(database), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            FileLock lock = channel.tryLock();
            return lock != null;
        }
    }

    private static void awaitEndOfInput() {
        try {
            while (System.in.read() != -1) {
                // hold until the test closes our input
            }
        } catch (IOException e) {
            // input gone: let go
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

}
