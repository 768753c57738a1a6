package com.merchantdesk.shipping;

import java.time.Instant;
import java.util.Objects;

/** A page of the cockpit: open orders sorted by ship-by (least time left first), optionally only some. */
public record ToShipQuery(Filter filter, Instant now, int offset, int limit) {

    public enum Filter { ALL, LATE, AT_RISK, PARTLY_SHIPPED }

    public static final int MAX_LIMIT = 1000;

    public ToShipQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(now, "now");
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
