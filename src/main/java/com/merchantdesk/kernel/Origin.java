package com.merchantdesk.kernel;

/**
 * Who made a change a service writes: the seller on this desk (it is queued for the platform), or the platform
 * (applied from a pull, or history the platform already knows: it queues nothing, and the desk follows the
 * platform's transitions even where its own form would refuse them; brief, "Who owns what").
 */
public enum Origin {
    DESK, PLATFORM;

    public boolean queues() { return this == DESK; }
}
