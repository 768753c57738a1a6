package com.merchantdesk.bench.view;

import com.merchantdesk.StartupTrace;
import com.merchantdesk.bench.StartupBench;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up probe of the bench's reference windows: after the first pulse that laid out the scene, it marks
 * the trace and, under the probe ({@link StartupBench#PROBE_PROPERTY}), prints the marker and exits, as the app's
 * own probe does. Written with JavaFX alone, so the reference windows run no app code.
 */
final class FirstFrameProbe {

    private FirstFrameProbe() {}

    static void reportAfterNextPulse(Scene scene) {
        boolean probe = Boolean.getBoolean(StartupBench.PROBE_PROPERTY);
        if (!probe && !StartupTrace.on()) {
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The scene may call a listener once more in the pulse that removes it.
            if (!done.getAndSet(true)) {
                Platform.runLater(() -> {
                    StartupTrace.mark("first frame laid out");
                    if (probe) {
                        StartupBench.printShownMarker();
                        Platform.exit();
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
