package com.merchantdesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import com.merchantdesk.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.text.Font;

/**
 * Light and dark look: AtlantaFX Primer as the application-wide stylesheet, so dialogs, menus and
 * notifications follow it too. On Linux the same sheet also names a font that has Korean and Chinese glyphs.
 */
public final class Themes {

    private Themes() {}

    public static Theme of(String themeName) {
        return Settings.DARK.equals(themeName) ? new PrimerDark() : new PrimerLight();
    }

    /** Applies the theme with the font the language needs. */
    public static void apply(String themeName, Locale shown) {
        Application.setUserAgentStylesheet(stylesheet(themeName, shown));
    }

    /** The application stylesheet for a theme and language (needs the JavaFX toolkit, to list the fonts). */
    public static String stylesheet(String themeName, Locale shown) {
        Theme theme = of(themeName);
        Optional<String> family = cjkFamily(shown);
        return family.map(f -> withFont(theme, f)).orElse(theme.getUserAgentStylesheet());
    }

    /** The installed font the sheet names for Korean and Chinese on this system, if it names one (see {@link CjkFonts}). */
    public static Optional<String> cjkFamily(Locale shown) {
        return CjkFonts.familyFor(System.getProperty("os.name", ""), shown, Locale.getDefault(), Font.getFamilies());
    }

    /** The theme's sheet plus one font rule, as a data URI: JavaFX takes a single application stylesheet. */
    static String withFont(Theme theme, String family) {
        String themeUrl = Themes.class.getResource(theme.getUserAgentStylesheet()).toExternalForm();
        String css = "@import url(\"" + themeUrl + "\");\n.root { -fx-font-family: \"" + family + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The shell's own rules (rail, header, status bar), written with the theme's colour variables. */
    public static String shellStylesheet() {
        return Themes.class.getResource("shell.css").toExternalForm();
    }
}
