package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.WriteWaitText;
import com.merchantdesk.store.WriteWait;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.store.WriteWaitScope;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a form's save is waiting for, when another writer (a command, another window's work) has the data folder:
 * "Waiting for the command "products import" (process 1234) to finish writing...", shown beside the form's busy
 * indicator. Empty while the save is not waiting. Heard on the worker thread, shown on the FX thread.
 */
public final class WaitingForWriter implements WriteWaitListener {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /** The wait in words, or empty. */
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    /** {@code work}, telling this of every wait of the writes it makes (run it on the worker thread). */
    public <T> Callable<T> around(Callable<T> work) {
        return () -> WriteWaitScope.reportingTo(this, work);
    }

    /** Forgets a wait when the save is over (on the FX thread), however it ended. */
    public void clear() { text.set(""); }

    @Override
    public void waiting(WriteWait wait) {
        String words = WriteWaitText.brief(wait);
        Platform.runLater(() -> text.set(words));
    }

    @Override
    public void proceeding(WriteWait wait) {
        Platform.runLater(this::clear);
    }
}
