package com.merchantdesk.ui.startup;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.InstanceLock;
import java.util.Optional;

/** Keeps a second window off a data folder that one is already using. */
public final class InstanceGuard {

    private InstanceGuard() {}

    /** The folder's lock, or empty when another running Merchant Desk holds it. */
    public static Optional<InstanceLock> acquire(DataDirectory dir) {
        return InstanceLock.tryAcquire(dir.lockFile());
    }

    /** What the refused second start tells the seller. */
    public static String refusalMessage(DataDirectory dir) {
        return Messages.get("startup.alreadyOpen", dir.root());
    }
}
