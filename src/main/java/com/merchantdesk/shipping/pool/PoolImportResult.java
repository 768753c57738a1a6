package com.merchantdesk.shipping.pool;

/** What an import added: how many numbers, and the carrier's pool afterwards. */
public record PoolImportResult(int added, PoolStatus pool) {}
