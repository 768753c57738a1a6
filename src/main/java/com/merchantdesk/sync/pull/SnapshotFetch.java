package com.merchantdesk.sync.pull;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.SnapshotPage;
import com.merchantdesk.sync.apply.DecodedRecords;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;
import java.util.List;

/**
 * A snapshot page as it came: the answer (its page read when it is one, with its items as changes and the records
 * of those read ahead), or why the platform could not be reached.
 */
record SnapshotFetch(PlatformResponse response, SnapshotPage page, List<Change> changes, DecodedRecords decoded,
                     PlatformUnreachable unreachable) {

    static SnapshotFetch unreachable(PlatformUnreachable why) {
        return new SnapshotFetch(null, null, List.of(), DecodedRecords.NONE, why);
    }

    static SnapshotFetch refused(PlatformResponse response) {
        return new SnapshotFetch(response, null, List.of(), DecodedRecords.NONE, null);
    }
}
