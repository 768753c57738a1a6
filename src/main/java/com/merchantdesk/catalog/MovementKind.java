package com.merchantdesk.catalog;

/** Why stock changed. The seller records the first four by hand; the others come from orders and sync. */
public enum MovementKind {
    RECEIVED, COUNTED, DAMAGED, ADJUSTED, SOLD, RETURNED, SYNCED;

    /** Kinds a person picks in the adjust dialog or on the command line. */
    public static final java.util.List<MovementKind> MANUAL = java.util.List.of(RECEIVED, COUNTED, DAMAGED, ADJUSTED);

    /**
     * Whether the platform learns of it as a stock adjustment of its own: the movements not tied to an order. A
     * sale and a return travel with their order or refund; a synced movement came from the platform.
     */
    public boolean travelsAsAdjustment() { return MANUAL.contains(this); }
}
