package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Opens the data folder off the FX thread (create, check, migrate) and, for {@code --demo}, starts the demo platform
 * the folder syncs with (when there is one and the folder is a demo folder), else fills an empty catalogue with the
 * local-only demo shop. A failed demo still opens the window; the failure travels along.
 */
final class OpenDataTask extends Task<OpenDataTask.Opened> {

    private static final Logger LOG = Logger.getLogger(OpenDataTask.class.getName());

    /**
     * The open services, why the demo could not be set up (null when it was or was not asked), and the demo platform
     * started for the window (null when none).
     */
    record Opened(AppContext app, RuntimeException demoFailure, DemoPlatform.Running platform) {
        Opened(AppContext app, RuntimeException demoFailure) {
            this(app, demoFailure, null);
        }
    }

    private final DataOpener opener;
    private final boolean demo;
    private final Consumer<AppContext> demoFiller;
    private final DemoPlatform platform;
    private final String platformAddress;

    OpenDataTask(DataOpener opener, boolean demo, Consumer<AppContext> demoFiller) {
        this(opener, demo, demoFiller, null, "");
    }

    /** {@code platformAddress}: the address the settings hold now, which the demo platform must not replace. */
    OpenDataTask(DataOpener opener, boolean demo, Consumer<AppContext> demoFiller, DemoPlatform platform,
                 String platformAddress) {
        this.opener = opener;
        this.demo = demo;
        this.demoFiller = demoFiller;
        this.platform = platform;
        this.platformAddress = platformAddress;
        updateMessage(Messages.get("startup.opening"));
    }

    @Override
    protected Opened call() {
        AppContext app = opener.open();
        if (!demo) {
            return new Opened(app, null);
        }
        try {
            if (platform != null) {
                java.util.Optional<DemoPlatform.Running> started = platform.start(app, platformAddress, this::updateMessage);
                if (started.isPresent()) {
                    return new Opened(app, null, started.get());
                }
            }
            if (demoFiller == null) {
                throw new IllegalStateException(Messages.get("startup.demoUnavailable"));
            }
            if (app.catalogIsEmpty()) {
                updateMessage(Messages.get("startup.fillingDemo"));
                demoFiller.accept(app);
            }
            return new Opened(app, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo shop not filled", e);
            return new Opened(app, e);
        }
    }
}
