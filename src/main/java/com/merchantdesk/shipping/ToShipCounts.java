package com.merchantdesk.shipping;

/** How many orders wait to ship: all with a promise, late (past ship-by) and at risk (close to it). */
public record ToShipCounts(long open, long late, long atRisk) {}
