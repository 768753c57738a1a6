package com.merchantdesk.catalog.demo;

/** What {@link DemoShop#fill()} created. */
public record DemoSummary(int products, int skus, int movements, int images) {}
