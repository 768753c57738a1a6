package com.merchantdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import com.merchantdesk.settings.Settings;
import javafx.application.Application;

/** Light and dark look: AtlantaFX Primer as the application-wide stylesheet, so dialogs follow it too. */
public final class Themes {

    private Themes() {}

    public static Theme of(String themeName) {
        return Settings.DARK.equals(themeName) ? new PrimerDark() : new PrimerLight();
    }

    public static void apply(String themeName) {
        Application.setUserAgentStylesheet(of(themeName).getUserAgentStylesheet());
    }

    /** The shell's own rules (rail, header, status bar), written with the theme's colour variables. */
    public static String shellStylesheet() {
        return Themes.class.getResource("shell.css").toExternalForm();
    }
}
