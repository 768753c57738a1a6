package com.merchantdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Run in a child JVM by {@link InstanceLockTest}: tries the lock on {@code args[0]} and prints ACQUIRED or
 * REFUSED. With {@code hold} as {@code args[1]} it keeps the lock until its standard input ends.
 */
public final class LockProbe {

    private LockProbe() {}

    public static void main(String[] args) throws IOException {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "ACQUIRED" : "REFUSED");
        System.out.flush();
        if (args.length > 1 && args[1].equals("hold")) {
            while (System.in.read() != -1) {
                // keep holding until the test closes our input
            }
        }
        lock.ifPresent(InstanceLock::close);
    }
}
