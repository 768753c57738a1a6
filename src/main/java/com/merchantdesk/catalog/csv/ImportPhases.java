package com.merchantdesk.catalog.csv;

/** Told how long each phase of an import took, for the benchmark; called on the importing thread. */
@FunctionalInterface
public interface ImportPhases {

    /**
     * Reading and parsing the file; checking it against the catalogue (the plan); writing the plan's rows to the
     * staging file; and the write transaction that copies them into the catalogue, from asking for the write
     * lock to releasing it (the only phase that keeps other writers waiting).
     */
    enum Phase { READ, CHECK, STAGE, APPLY }

    ImportPhases NONE = (phase, nanos) -> { };

    void finished(Phase phase, long nanos);
}
