package com.merchantdesk.sync.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.sync.SyncStatus;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the status bar's sync state says, from where the window's sync stands: the first that holds of local only,
 * not connected, working offline, sync running elsewhere, online, token refused, offline, receiving (a first sync
 * that has records but does not yet know it is in step) and connecting. Plain values, so each state's text can be
 * checked without a window.
 *
 * @param online null until a run says; true when the last run reached the platform
 * @param lastOutcome how the last run ended; null before the first
 * @param received the records the run under way has received so far
 */
record SyncStateText(boolean localOnly, boolean configured, boolean workOffline, boolean anotherRunning, Boolean online,
                     SyncOutcome lastOutcome, boolean running, int received) {

    /** The states the status bar tells apart, each with its text and icon. */
    enum State {
        LOCAL_ONLY("status.localOnly", Feather.CLOUD_OFF),
        NOT_CONNECTED("sync.view.status.notConnected", Feather.CLOUD_OFF),
        WORKING_OFFLINE("sync.view.status.workingOffline", Feather.CLOUD_OFF),
        ANOTHER_RUNNING("sync.view.status.anotherRunning", Feather.CLOUD),
        ONLINE("sync.view.status.online", Feather.CLOUD),
        TOKEN_REFUSED("sync.view.status.tokenRefused", Feather.ALERT_TRIANGLE),
        OFFLINE("sync.view.status.offline", Feather.CLOUD_OFF),
        RECEIVING("sync.view.status.receiving", Feather.DOWNLOAD_CLOUD),
        CONNECTING("sync.view.status.connecting", Feather.CLOUD);

        final String key;
        final Feather icon;

        State(String key, Feather icon) {
            this.key = key;
            this.icon = icon;
        }
    }

    /** Where {@code runner} stands now. Call on the FX thread. */
    static SyncStateText of(SyncRunner runner) {
        SyncStatus status = runner.statusProperty().get();
        SyncReport report = runner.lastReportProperty().get();
        return new SyncStateText(status != null && status.localOnly(), runner.configuredProperty().get(),
                runner.workOfflineProperty().get(), runner.anotherRunningProperty().get(), runner.onlineProperty().get(),
                report == null ? null : report.outcome(), runner.runningProperty().get(),
                runner.progressProperty().get().pulled());
    }

    State state() {
        if (localOnly) {
            return State.LOCAL_ONLY;
        } else if (!configured) {
            return State.NOT_CONNECTED;
        } else if (workOffline) {
            return State.WORKING_OFFLINE;
        } else if (anotherRunning) {
            return State.ANOTHER_RUNNING;
        } else if (Boolean.TRUE.equals(online)) {
            return State.ONLINE;
        } else if (lastOutcome == SyncOutcome.TOKEN_REFUSED) {
            return State.TOKEN_REFUSED;
        } else if (Boolean.FALSE.equals(online)) {
            return State.OFFLINE;
        } else if (running && received > 0) {
            // A first sync of a large account runs for a while before it knows it is in step: say what comes.
            return State.RECEIVING;
        }
        return State.CONNECTING;
    }

    /** The state's text in the language set in {@link Messages}, a count in that language's digits and grouping. */
    String text() {
        State state = state();
        return state == State.RECEIVING ? Messages.get(state.key, received) : Messages.get(state.key);
    }

    Feather icon() { return state().icon; }
}
