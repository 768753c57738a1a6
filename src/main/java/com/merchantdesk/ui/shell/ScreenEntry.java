package com.merchantdesk.ui.shell;

import java.util.Objects;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * A screen of the navigation rail as registered: what the rail shows for it, and how to build it. The window
 * builds a screen the first time it is shown, so a start pays only for the screen it opens on.
 *
 * @param id       the screen's {@link Screen#id()}
 * @param titleKey resource-bundle key of its rail label and window title
 * @param watcher  null, or what the feature keeps running while the window is open whether its screen was built
 *                 or not (e.g. status-bar counts): started with the window's context after the window is built,
 *                 closed when the window is rebuilt or closes
 */
public record ScreenEntry(String id, String titleKey, Ikon icon, Function<ScreenContext, Screen> factory,
                          Function<ScreenContext, AutoCloseable> watcher) {

    /** An entry without a watcher. */
    public ScreenEntry(String id, String titleKey, Ikon icon, Function<ScreenContext, Screen> factory) {
        this(id, titleKey, icon, factory, null);
    }

    public ScreenEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(factory, "factory");
    }

    /** Builds the screen; it must be the one this entry names. */
    Screen build(ScreenContext context) {
        Screen screen = Objects.requireNonNull(factory.apply(context), "screen factory returned null");
        if (!screen.id().equals(id)) {
            throw new IllegalStateException("The screen registered as " + id + " calls itself " + screen.id());
        }
        return screen;
    }
}
