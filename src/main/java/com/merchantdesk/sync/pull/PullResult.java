package com.merchantdesk.sync.pull;

import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sync.client.PlatformResponse;

/**
 * One page read and applied (or not). {@code answer}: the platform's answer when it was not a page (401, 410, 429,
 * 5xx; null when it was one or the platform could not be reached — then {@code unreachable} says why).
 * {@code homeless}: a kind the desk has no home for; the page was not applied and the position did not move.
 */
public record PullResult(int applied, boolean more, PlatformResponse answer, String unreachable, ChangeKind homeless) {

    public boolean ok() { return answer == null && unreachable == null && homeless == null; }
}
