package com.merchantdesk.i18n;

import com.merchantdesk.store.WriteWait;
import com.merchantdesk.store.WriterInfo;

/** What a write that waits for another writer tells the seller, in the command line's and the window's words. */
public final class WriteWaitText {

    private WriteWaitText() {}

    /** One line for the command line: who it waits for and which data folder. */
    public static String line(WriteWait wait) {
        return Messages.get("wait.writing.folder", holder(wait), wait.database().toAbsolutePath().getParent());
    }

    /** A short text beside a form's busy indicator. */
    public static String brief(WriteWait wait) {
        return Messages.get("wait.writing", holder(wait));
    }

    /** The holder as the seller knows it: the window, a command by its name, or some other program. */
    public static String holder(WriteWait wait) {
        if (wait.sameProcess()) {
            return Messages.get("wait.holder.sameProcess");
        }
        if (wait.holder().isEmpty()) {
            return Messages.get("wait.holder.unknown");
        }
        WriterInfo info = wait.holder().get();
        String pid = Long.toString(wait.holderPid());
        return switch (info.kind()) {
            case WINDOW -> Messages.get("wait.holder.window", pid);
            case COMMAND -> Messages.get("wait.holder.command", info.name(), pid);
            case OTHER -> info.name().isEmpty() ? Messages.get("wait.holder.process", pid)
                    : Messages.get("wait.holder.named", info.name(), pid);
        };
    }
}
