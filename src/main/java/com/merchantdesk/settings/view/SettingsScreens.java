package com.merchantdesk.settings.view;

import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;

/** Registers the Settings screen with the shell, which puts it apart at the bottom of the rail. */
public final class SettingsScreens implements ScreenProvider {

    @Override public int railOrder() { return Integer.MAX_VALUE; }

    @Override
    public List<ScreenEntry> entries() {
        return List.of(new ScreenEntry(SettingsScreen.ID, SettingsScreen.TITLE_KEY, SettingsScreen.ICON, context -> {
            if (context.shell() == null) {
                throw new IllegalStateException("The settings screen needs the main window's controls");
            }
            return new SettingsScreen(context, context.shell().settings(), context.shell().files(), context.shell().restore());
        }));
    }
}
