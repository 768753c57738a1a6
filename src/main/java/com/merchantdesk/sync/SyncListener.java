package com.merchantdesk.sync;

import java.time.Duration;

/** What a run reports as it goes (the CLI prints it, the window shows progress); called on the run's thread. */
public interface SyncListener {

    SyncListener NONE = new SyncListener() {};

    default void pushed(int acknowledged, int failed, int conflicts) {}

    default void pulled(int records, String phase) {}

    default void waiting(Duration delay, String why) {}

    default void event(String message) {}
}
