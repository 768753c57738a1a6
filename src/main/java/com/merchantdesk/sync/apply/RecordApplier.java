package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Applies pulled records of one kind to the desk's store, inside the caller's transaction (the sync engine writes
 * a page of changes and its cursor in one {@code Database.write}). Applying is of platform origin: it queues no
 * outbox row, and applying the same record again (a snapshot record newer than its feed position, a page read
 * twice after a crash) changes nothing.
 */
public interface RecordApplier {

    ChangeKind kind();

    /**
     * Applies one change: the record as it is now ({@code change.data()}), or a tombstone ({@code change.deleted()}).
     * A snapshot item is passed as a change with {@code deleted = false}.
     */
    void apply(Connection c, Change change) throws SQLException;
}
