package com.merchantdesk.catalog.demo;

import java.time.Duration;

/** What {@link SyntheticCatalog#generate} wrote, and how long it took. */
public record SyntheticSummary(int products, int skus, int movements, Duration elapsed) {}
