package com.merchantdesk.orders;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the orders list asks for: filters, search text, sort and one page.
 *
 * @param statuses      only these (empty or null = all)
 * @param channels      only these (empty or null = all)
 * @param createdFrom   created at or after (null = no lower bound)
 * @param createdBefore created before (null = no upper bound); a date range "1 to 31 March" is
 *                      {@code [1 March 00:00, 1 April 00:00)} in the seller's zone, turned into instants
 * @param text          every word must start a word of the order number, customer name, phone or a SKU code
 *                      on the order (e.g. {@code 000123}, {@code kim}, {@code 5678}, {@code ts-red})
 * @param notOnPlatform only orders whose create the platform has not acknowledged yet
 */
public record OrderQuery(Set<OrderStatus> statuses, Set<Channel> channels, Instant createdFrom,
                         Instant createdBefore, String text, Sort sort, boolean descending, int offset, int limit,
                         boolean notOnPlatform) {

    public enum Sort { CREATED, NUMBER, CUSTOMER, TOTAL, STATUS }

    public static final int MAX_LIMIT = 1000;

    public OrderQuery {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(OrderStatus.class) : EnumSet.copyOf(statuses);
        channels = channels == null || channels.isEmpty() ? EnumSet.allOf(Channel.class) : EnumSet.copyOf(channels);
        text = text == null ? "" : text.strip();
        sort = sort == null ? Sort.CREATED : sort;
        if (createdFrom != null && createdBefore != null && !createdFrom.isBefore(createdBefore)) {
            throw new IllegalArgumentException("createdFrom must be before createdBefore");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Without the "not yet on the platform" filter. */
    public OrderQuery(Set<OrderStatus> statuses, Set<Channel> channels, Instant createdFrom, Instant createdBefore,
                      String text, Sort sort, boolean descending, int offset, int limit) {
        this(statuses, channels, createdFrom, createdBefore, text, sort, descending, offset, limit, false);
    }

    /** All orders, newest first: the list as it first opens. */
    public static OrderQuery newest(int limit) {
        return new OrderQuery(null, null, null, null, "", Sort.CREATED, true, 0, limit, false);
    }

    public OrderQuery withStatuses(Set<OrderStatus> newStatuses) {
        return new OrderQuery(newStatuses, channels, createdFrom, createdBefore, text, sort, descending, 0, limit, notOnPlatform);
    }

    public OrderQuery withChannels(Set<Channel> newChannels) {
        return new OrderQuery(statuses, newChannels, createdFrom, createdBefore, text, sort, descending, 0, limit, notOnPlatform);
    }

    public OrderQuery withCreated(Instant from, Instant before) {
        return new OrderQuery(statuses, channels, from, before, text, sort, descending, 0, limit, notOnPlatform);
    }

    public OrderQuery withText(String newText) {
        return new OrderQuery(statuses, channels, createdFrom, createdBefore, newText, sort, descending, 0, limit, notOnPlatform);
    }

    public OrderQuery withSort(Sort newSort, boolean newDescending) {
        return new OrderQuery(statuses, channels, createdFrom, createdBefore, text, newSort, newDescending, 0, limit, notOnPlatform);
    }

    public OrderQuery withNotOnPlatform(boolean only) {
        return new OrderQuery(statuses, channels, createdFrom, createdBefore, text, sort, descending, 0, limit, only);
    }

    public OrderQuery withOffset(int newOffset) {
        return new OrderQuery(statuses, channels, createdFrom, createdBefore, text, sort, descending, newOffset, limit, notOnPlatform);
    }
}
