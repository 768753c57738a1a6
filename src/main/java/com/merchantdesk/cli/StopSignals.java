package com.merchantdesk.cli;

import java.util.List;

/**
 * Ctrl+C (SIGINT) and SIGTERM as a request to stop, for a command that serves until told to: the command then
 * stops in its own thread and exits 0. Left to the JVM, these signals run the shutdown hooks and end the process
 * with 130 or 143, which service managers and scripts read as a failure of a clean stop.
 */
final class StopSignals {

    private StopSignals() {}

    /** Runs {@code onStop} when either signal arrives; returns false where the JVM does not allow it (the caller's hook stays). */
    @SuppressWarnings("removal")
    static boolean handle(Runnable onStop) {
        boolean all = true;
        for (String name : List.of("INT", "TERM")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> onStop.run());
            } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
                // the signal is unknown here, or the JVM keeps it (-Xrs): its shutdown hook still stops the server
                all = false;
            }
        }
        return all;
    }
}
