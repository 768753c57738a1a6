package com.merchantdesk.ui;

import com.merchantdesk.bench.StartupBench;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark and the installers' training run: with {@code -Dmerchantdesk.startupProbe=true}
 * the app prints a marker (and its resident memory) once the main window has laid out and rendered its first
 * screen, then exits.
 */
final class StartupProbe {

    private StartupProbe() {}

    static boolean enabled() { return Boolean.getBoolean(StartupBench.PROBE_PROPERTY); }

    /** Prints the marker after the next pulse of {@code scene} (the first frame with the main window). */
    static void reportAfterNextPulse(Scene scene) {
        if (!enabled()) {
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (reported.getAndSet(true)) {
                return;
            }
            Platform.runLater(() -> {
                StartupBench.printShownMarker();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
