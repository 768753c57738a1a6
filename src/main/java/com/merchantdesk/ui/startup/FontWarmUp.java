package com.merchantdesk.ui.startup;

import com.merchantdesk.StartupTrace;
import com.merchantdesk.ui.shell.Themes;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Loads the fonts of the first frame on a thread of its own while the FX thread builds the window: the CJK font
 * the theme names (its character map alone is tens of milliseconds to read), its bold face, and the icon font
 * (Ikonli copies it out of its jar on first use). JavaFX allows fonts and unattached nodes off the FX thread;
 * whichever thread asks first loads a font, the other finds it loaded.
 */
final class FontWarmUp {

    private FontWarmUp() {}

    /** Starts loading, once the toolkit is up (from {@code Application.init}). */
    static void begin(Locale shown) {
        Thread thread = new Thread(() -> {
            Themes.cjkFamily(shown).ifPresent(family -> {
                Font.font(family, Font.getDefault().getSize());
                Font.font(family, FontWeight.BOLD, Font.getDefault().getSize());
            });
            new FontIcon(Feather.PACKAGE);
            StartupTrace.mark("fonts loaded");
        }, "merchant-desk-fonts");
        thread.setDaemon(true);
        thread.start();
    }
}
