package com.merchantdesk.ui;

import com.merchantdesk.bench.StartupBench;
import com.merchantdesk.bench.StartupTrace;
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
        if (!enabled() && !StartupTrace.on()) {
            return;
        }
        AfterNextPulse.run(scene, () -> {
            StartupTrace.mark("first frame laid out");
            if (enabled()) {
                StartupBench.printShownMarker();
                Platform.exit();
            }
        });
    }
}
