package com.merchantdesk.sync.view;

import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;

/** Registers the Sync screen after Sales; its watcher runs the window's sync while the window is open. */
public final class SyncScreens implements ScreenProvider {

    @Override public int railOrder() { return 500; }

    @Override public List<ScreenEntry> entries() { return List.of(SyncScreen.ENTRY); }
}
