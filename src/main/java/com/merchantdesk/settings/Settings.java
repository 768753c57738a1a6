package com.merchantdesk.settings;

import java.util.Locale;

/**
 * The seller's preferences, kept in {@code settings.json} in the data folder.
 *
 * @param languageTag a BCP 47 tag such as {@code ko} or {@code zh-CN}; empty means "as the system"
 * @param theme       {@code light} or {@code dark}
 * @param currency    ISO 4217 code for new prices
 * @param window      last window bounds, or null before the first close
 * @param lastScreen  id of the screen shown when the window last closed; empty for the first screen
 * @param platform    where the platform is and which self-signed certificates the seller trusts (never the token)
 */
public record Settings(String languageTag, String theme, String currency, String shopName, String shopAddress,
                       WindowBounds window, String lastScreen, PlatformPreferences platform) {

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public Settings {
        languageTag = languageTag == null ? "" : languageTag;
        theme = DARK.equals(theme) ? DARK : LIGHT;
        currency = currency == null || currency.isBlank() ? "USD" : currency;
        shopName = shopName == null ? "" : shopName;
        shopAddress = shopAddress == null ? "" : shopAddress;
        lastScreen = lastScreen == null ? "" : lastScreen;
        platform = platform == null ? PlatformPreferences.NONE : platform;
    }

    /** Settings without platform preferences (the form used before the desk synced). */
    public Settings(String languageTag, String theme, String currency, String shopName, String shopAddress,
                    WindowBounds window, String lastScreen) {
        this(languageTag, theme, currency, shopName, shopAddress, window, lastScreen, PlatformPreferences.NONE);
    }

    /** Settings without a remembered screen (the form used before the window remembered one). */
    public Settings(String languageTag, String theme, String currency, String shopName, String shopAddress,
                    WindowBounds window) {
        this(languageTag, theme, currency, shopName, shopAddress, window, "", PlatformPreferences.NONE);
    }

    public static Settings defaults() { return new Settings("", LIGHT, "USD", "", "", null, "", PlatformPreferences.NONE); }

    /** The language to show: the chosen one, else the system's. */
    public Locale locale() {
        return languageTag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(languageTag);
    }

    public Settings withLanguageTag(String tag) { return new Settings(tag, theme, currency, shopName, shopAddress, window, lastScreen, platform); }

    public Settings withTheme(String newTheme) { return new Settings(languageTag, newTheme, currency, shopName, shopAddress, window, lastScreen, platform); }

    public Settings withCurrency(String code) { return new Settings(languageTag, theme, code, shopName, shopAddress, window, lastScreen, platform); }

    public Settings withShop(String name, String address) { return new Settings(languageTag, theme, currency, name, address, window, lastScreen, platform); }

    public Settings withLastScreen(String screenId) { return new Settings(languageTag, theme, currency, shopName, shopAddress, window, screenId, platform); }

    public Settings withWindow(WindowBounds bounds) { return new Settings(languageTag, theme, currency, shopName, shopAddress, bounds, lastScreen, platform); }

    public Settings withPlatform(PlatformPreferences preferences) { return new Settings(languageTag, theme, currency, shopName, shopAddress, window, lastScreen, preferences); }
}
