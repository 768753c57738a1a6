package com.merchantdesk.ui.startup;

import com.merchantdesk.StartupTrace;
import com.merchantdesk.bench.StartupBench;
import com.merchantdesk.ui.shell.MainWindow;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark and the installers' training run: with {@code -Dmerchantdesk.startupProbe=true}
 * the app prints a marker (and its resident memory) once the main window has laid out and rendered its first
 * screen, then exits. With {@code -Dmerchantdesk.startupProbe.visitScreens=true} as well (the training run),
 * the main window first shows each of its screens once, so the classes of all of them are recorded for the
 * installed app's class-data-sharing archive, whichever screen a seller's window opens on.
 */
final class StartupProbe {

    static final String VISIT_SCREENS_PROPERTY = "merchantdesk.startupProbe.visitScreens";

    private StartupProbe() {}

    static boolean enabled() { return Boolean.getBoolean(StartupBench.PROBE_PROPERTY); }

    /** Prints the marker after the next pulse of {@code scene} (the first frame of a window). */
    static void reportAfterNextPulse(Scene scene) {
        reportAfterNextPulse(scene, null);
    }

    /** Like {@link #reportAfterNextPulse(Scene)} for the main window, which may show its screens first. */
    static void reportAfterNextPulse(Scene scene, MainWindow window) {
        if (!enabled() && !StartupTrace.on()) {
            return;
        }
        AfterNextPulse.run(scene, () -> {
            StartupTrace.mark("first frame laid out");
            if (!enabled()) {
                return;
            }
            if (window != null && Boolean.getBoolean(VISIT_SCREENS_PROPERTY)) {
                visit(scene, window, window.screenIds(), StartupProbe::reportAndExit);
            } else {
                reportAndExit();
            }
        });
    }

    private static void visit(Scene scene, MainWindow window, List<String> screenIds, Runnable then) {
        if (screenIds.isEmpty()) {
            then.run();
            return;
        }
        window.select(screenIds.get(0));
        AfterNextPulse.run(scene, () -> visit(scene, window, screenIds.subList(1, screenIds.size()), then));
    }

    private static void reportAndExit() {
        StartupBench.printShownMarker();
        Platform.exit();
    }
}
