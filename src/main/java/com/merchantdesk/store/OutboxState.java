package com.merchantdesk.store;

/**
 * Where an outbox row is on its way to the platform; stored as its code (V7). A row goes queued → sending →
 * acknowledged, or fails (with a delay before the next try when the failure is transient, without one when the
 * platform rejected it for good), or is blocked while a row it waits for has failed.
 */
public enum OutboxState {
    QUEUED(0), SENDING(1), ACKNOWLEDGED(2), FAILED(3), BLOCKED(4);

    private final int code;

    OutboxState(int code) { this.code = code; }

    public int code() { return code; }

    public static OutboxState of(int code) {
        for (OutboxState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("No outbox state has code " + code);
    }
}
