package com.merchantdesk.ui.startup;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Opens the data folder off the FX thread (create, check, migrate) and, for {@code --demo}, fills an empty
 * catalogue with the demo shop. A failed demo fill still opens the window; the failure travels along.
 */
final class OpenDataTask extends Task<OpenDataTask.Opened> {

    private static final Logger LOG = Logger.getLogger(OpenDataTask.class.getName());

    /** The open services, and why the demo shop could not be filled (null when it was or was not asked). */
    record Opened(AppContext app, RuntimeException demoFailure) {}

    private final DataOpener opener;
    private final boolean demo;
    private final Consumer<AppContext> demoFiller;

    OpenDataTask(DataOpener opener, boolean demo, Consumer<AppContext> demoFiller) {
        this.opener = opener;
        this.demo = demo;
        this.demoFiller = demoFiller;
        updateMessage(Messages.get("startup.opening"));
    }

    @Override
    protected Opened call() {
        AppContext app = opener.open();
        if (!demo) {
            return new Opened(app, null);
        }
        try {
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
