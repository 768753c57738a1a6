package com.merchantdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * Every user-visible text, from {@code i18n/messages*.properties} (English, Korean, Simplified Chinese).
 * Plain Java, so the command line and the domain's validation messages use the same bundles as the window.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    private static volatile Locale locale = Locale.getDefault();
    private static volatile Consumer<String> missingKeys = key -> {};

    private Messages() {}

    public static Locale locale() { return locale; }

    public static void setLocale(Locale newLocale) { locale = newLocale; }

    /**
     * Told of every key the bundles lack when it is looked up (the text shown is then the key itself), so the
     * tests can fail on a missing key instead of comparing the key with itself.
     */
    public static void onMissingKey(Consumer<String> listener) { missingKeys = listener == null ? key -> {} : listener; }

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
            missingKeys.accept(key);
            return key; // visible in the UI and caught by the bundle tests, never a crash
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, forLocale).format(args);
    }
}
