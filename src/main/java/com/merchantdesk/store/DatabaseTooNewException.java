package com.merchantdesk.store;

/** The database was written by a newer Merchant Desk than this one; opening it could lose data. */
public class DatabaseTooNewException extends StoreException {
    private final int fileVersion;
    private final int supportedVersion;

    public DatabaseTooNewException(int fileVersion, int supportedVersion) {
        super("This data was saved by a newer version of Merchant Desk (database version " + fileVersion
                + ", this version understands up to " + supportedVersion + "). Install the newer version to open it.");
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    public int fileVersion() { return fileVersion; }
    public int supportedVersion() { return supportedVersion; }
}
