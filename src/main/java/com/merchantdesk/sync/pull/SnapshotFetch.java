package com.merchantdesk.sync.pull;

import com.merchantdesk.platform.SnapshotPage;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;

/** A snapshot page as it came: the answer (its page read when it is one), or why the platform could not be reached. */
record SnapshotFetch(PlatformResponse response, SnapshotPage page, PlatformUnreachable unreachable) {}
