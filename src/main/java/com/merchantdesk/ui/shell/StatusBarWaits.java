package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.WriteWaitText;
import com.merchantdesk.store.WriteWait;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.ui.controls.StatusBarModel;
import javafx.application.Platform;

/**
 * The window's writes that no form reports on (a status change, a memo, a restore's reopening) say in the status
 * bar what they wait for when another process has the data folder; the forms say it on themselves instead.
 */
final class StatusBarWaits implements WriteWaitListener {

    private final StatusBarModel status;

    StatusBarWaits(StatusBarModel status) { this.status = status; }

    @Override
    public void waiting(WriteWait wait) {
        String words = WriteWaitText.brief(wait);
        Platform.runLater(() -> status.show(words));
    }

    @Override
    public void proceeding(WriteWait wait) {
        String words = WriteWaitText.brief(wait);
        Platform.runLater(() -> {
            if (words.equals(status.messageProperty().get())) {
                status.show("");
            }
        });
    }
}
