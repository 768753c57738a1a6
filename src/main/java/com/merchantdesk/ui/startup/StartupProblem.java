package com.merchantdesk.ui.startup;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DatabaseDamagedException;
import com.merchantdesk.store.DatabaseTooNewException;
import com.merchantdesk.ui.shell.PlainMessages;
import java.nio.file.Path;

/** Why the data folder could not be opened, and what the seller can do about it. */
public sealed interface StartupProblem {

    /** The database is damaged: offer to restore a backup. */
    record Damaged(Path file, String detail) implements StartupProblem {
        @Override public boolean offersRestore() { return true; }
        @Override public String headline() { return Messages.get("startup.damaged.header"); }
    }

    /** A newer app wrote the database: opening it could lose data, so only quitting is offered. */
    record TooNew(int fileVersion, int supportedVersion) implements StartupProblem {
        @Override public boolean offersRestore() { return false; }
        @Override public String headline() { return Messages.get("startup.tooNew.header"); }
        @Override public String detail() { return Messages.get("startup.tooNew.detail", fileVersion, supportedVersion); }
    }

    /** Anything else (folder not writable, disk full): said plainly, then quit. */
    record Failed(String detail) implements StartupProblem {
        @Override public boolean offersRestore() { return false; }
        @Override public String headline() { return Messages.get("startup.failed.header"); }
    }

    boolean offersRestore();

    String headline();

    String detail();

    static StartupProblem of(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof DatabaseDamagedException damaged) {
                return new Damaged(damaged.file(), damaged.getMessage());
            }
            if (cause instanceof DatabaseTooNewException tooNew) {
                return new TooNew(tooNew.fileVersion(), tooNew.supportedVersion());
            }
            cause = cause.getCause();
        }
        return new Failed(PlainMessages.of(failure));
    }
}
