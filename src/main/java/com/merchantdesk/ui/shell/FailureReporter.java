package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Tells the seller that background work failed: a notification plus the status bar; details go to the log. */
final class FailureReporter {

    private static final Logger LOG = Logger.getLogger(FailureReporter.class.getName());

    private final StatusBarModel status;
    private final Supplier<Window> owner;

    FailureReporter(StatusBarModel status, Supplier<Window> owner) {
        this.status = status;
        this.owner = owner;
    }

    void report(Throwable failure) {
        LOG.log(Level.WARNING, "Background work failed", failure);
        String text = PlainMessages.of(failure);
        if (Platform.isFxApplicationThread()) {
            show(text);
        } else {
            Platform.runLater(() -> show(text));
        }
    }

    private void show(String text) {
        status.show(text);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            Notifications.create()
                    .owner(window)
                    .title(Messages.get("error.title"))
                    .text(text)
                    .hideAfter(Duration.seconds(8))
                    .showError();
        }
    }
}
