package com.merchantdesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A write that could not start at once because another writer has the database: which database, and who holds it
 * as far as that writer said ({@link #holder()} is empty when it did not say, e.g. an older version).
 *
 * @param holderPid the holder's process id; {@link #sameProcess()} when it is this process's own other work
 */
public record WriteWait(Path database, Optional<WriterInfo> holder, long holderPid) {

    public static final long UNKNOWN_PID = -1;

    public boolean sameProcess() { return holderPid == ProcessHandle.current().pid(); }
}
