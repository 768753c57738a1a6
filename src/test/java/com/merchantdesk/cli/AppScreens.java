package com.merchantdesk.cli;

import com.merchantdesk.ui.shell.ScreenEntry;
import java.util.List;

/** The feature screens exactly as the window registers them ({@link WindowScreens}), for tests of the real shell. */
public final class AppScreens {

    private AppScreens() {}

    public static List<ScreenEntry> entries() { return WindowScreens.screens(); }
}
