package com.merchantdesk.catalog;

/** Why stock changed. The seller records the first four by hand; the others come from orders and sync. */
public enum MovementKind {
    RECEIVED, COUNTED, DAMAGED, ADJUSTED, SOLD, RETURNED, SYNCED;

    /** Kinds a person picks in the adjust dialog or on the command line. */
    public static final java.util.List<MovementKind> MANUAL = java.util.List.of(RECEIVED, COUNTED, DAMAGED, ADJUSTED);
}
