package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The platform a window opened with {@code --demo} syncs with (the embedded sandbox; the command line wires it, so
 * the shell knows no sandbox). Without one, {@code --demo} fills an empty folder with the local-only demo shop.
 */
@FunctionalInterface
public interface DemoPlatform {

    /**
     * Starts the platform for {@code app}'s folder and stores the desk's token for it, or gives empty when the folder
     * is no demo folder (a shop of its own). Blocking, off the FX thread; {@code progress} takes what it is doing.
     *
     * @param platformAddress the address the folder's settings hold now (blank: none)
     */
    Optional<Running> start(AppContext app, String platformAddress, Consumer<String> progress);

    /** A started platform: its address goes into the window's settings; closed when the window has closed. */
    interface Running extends AutoCloseable {
        String address();

        @Override
        void close();
    }
}
