package com.merchantdesk.shipping.pool;

/**
 * A tracking number offered to the pool, with where it came from, so a refusal can name it.
 *
 * @param source e.g. {@code line 12} of a file, or {@code range}
 */
public record PoolEntry(String source, String number) {}
