package com.merchantdesk.orders.demo;

import java.time.Duration;

/** What {@link SyntheticOrders#generate} wrote, and how long it took. */
public record SyntheticOrdersSummary(int orders, long lines, int customers, long movements, Duration elapsed) {}
