package com.merchantdesk.i18n;

import com.merchantdesk.store.DataFolderInUseException;
import com.merchantdesk.store.DatabaseBusyException;
import com.merchantdesk.store.StoreException;

/** The store's failures that the seller can act on, in the seller's language; the others as the store said them. */
public final class StoreFailureText {

    private StoreFailureText() {}

    public static String of(StoreException failure) {
        if (failure instanceof DatabaseBusyException busy) {
            return Messages.get("store.busy", busy.file(), String.valueOf(busy.timeoutSeconds()));
        }
        if (failure instanceof DataFolderInUseException inUse) {
            return Messages.get("store.inUse", inUse.folder());
        }
        return failure.getMessage();
    }
}
