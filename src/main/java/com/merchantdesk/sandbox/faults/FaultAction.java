package com.merchantdesk.sandbox.faults;

/** What a fault rule makes the server do to a request it matches (docs/sandbox.md, "Fault rules"). */
public enum FaultAction {
    /** Close the connection before doing anything: nothing is applied, no answer. */
    DROP_BEFORE_COMMIT,
    /** Apply and commit the request, then close the connection without answering. */
    DROP_AFTER_COMMIT,
    /** Wait {@code delay_ms} before handling the request. */
    DELAY,
    /** Answer {@code status} (500, 502 or 503) without applying anything. */
    ERROR,
    /** Answer 429 with {@code Retry-After: retry_after} without applying anything. */
    RATE_LIMIT,
    /** Apply and answer, but send only the first half of the body, then close the connection. */
    CUT_BODY,
    /** Handle the request twice, as if a proxy had delivered it twice; the second answer is sent. */
    APPLY_TWICE,
    /** Move the server's clock by {@code clock_shift_seconds}, then handle the request. */
    SHIFT_CLOCK,
    /** Expire every cursor of the request's seller, then handle the request. */
    EXPIRE_CURSORS,
    /** Revoke the token the request carries and answer 401. */
    REVOKE_TOKEN
}
