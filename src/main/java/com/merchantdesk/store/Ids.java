package com.merchantdesk.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** Identifiers for records made on this machine, possibly offline: time-ordered UUIDs (version 7). */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static UUID newId() { return GENERATOR.generate(); }

    public static String newIdString() { return newId().toString(); }
}
