package com.merchantdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible text, from {@code i18n/messages*.properties} (English, Korean, Simplified Chinese).
 * Plain Java, so the command line and the domain's validation messages use the same bundles as the window.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    private static volatile Locale locale = Locale.getDefault();

    private Messages() {}

    public static Locale locale() { return locale; }

    public static void setLocale(Locale newLocale) { locale = newLocale; }

    public static ResourceBundle bundle() { return bundle(locale); }

    public static ResourceBundle bundle(Locale forLocale) {
        return ResourceBundle.getBundle(BUNDLE, forLocale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        return format(locale, key, args);
    }

    public static String format(Locale forLocale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(forLocale).getString(key);
        } catch (MissingResourceException e) {
            return key; // visible in the UI and caught by the bundle tests, never a crash
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, forLocale).format(args);
    }
}
