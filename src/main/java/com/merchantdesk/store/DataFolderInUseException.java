package com.merchantdesk.store;

import java.nio.file.Path;

/**
 * Refuses an operation that needs the database to itself (a restore swaps the file) while another process, or
 * other work of this one, has it open: the window or a command. Nothing was changed.
 */
public final class DataFolderInUseException extends StoreException {

    private final Path folder;

    public DataFolderInUseException(Path folder) {
        super("The data folder " + folder + " is in use by a Merchant Desk window or command; nothing was changed. "
                + "Close the window and wait for running commands to finish, then try again.");
        this.folder = folder;
    }

    public Path folder() { return folder; }
}
