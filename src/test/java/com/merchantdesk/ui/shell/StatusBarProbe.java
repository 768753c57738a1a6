package com.merchantdesk.ui.shell;

import com.merchantdesk.ui.controls.StatusBarModel;

/** Lets tests of other packages see when a screen reports a write ({@link StatusBarModel#changesSaved()}). */
public final class StatusBarProbe {

    private StatusBarProbe() {}

    public static void onChangesSaved(StatusBarModel status, Runnable action) { status.setOnChangesSaved(action); }
}
