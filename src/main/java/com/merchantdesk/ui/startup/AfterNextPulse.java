package com.merchantdesk.ui.startup;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Runs work on the FX thread once a scene has laid out its next frame: for the start-up probe, and for start-up
 * work that the first frame does not need and that would otherwise compete with it for the CPU.
 */
public final class AfterNextPulse {

    private AfterNextPulse() {}

    /** Runs {@code work} right after the next pulse of {@code scene} (in a later event, not inside the pulse). */
    public static void run(Scene scene, Runnable work) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The scene may call a listener once more in the pulse that removes it.
            if (!done.getAndSet(true)) {
                Platform.runLater(work);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code work} {@code pause} after the next pulse of {@code scene}: the frame is on screen by then. */
    public static void runAfter(Scene scene, Duration pause, Runnable work) {
        run(scene, () -> {
            PauseTransition wait = new PauseTransition(pause);
            wait.setOnFinished(e -> work.run());
            wait.play();
        });
    }
}
