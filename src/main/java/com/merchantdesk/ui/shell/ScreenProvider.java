package com.merchantdesk.ui.shell;

import com.merchantdesk.AppContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A feature's screens for the navigation rail. Each feature's view package implements it and names the class in
 * {@code META-INF/services/com.merchantdesk.ui.shell.ScreenProvider}; the window finds them with
 * {@link java.util.ServiceLoader} ({@link ScreenProviders}), so neither the shell nor the command line knows a
 * feature screen. Providers are made at every start: keep them light. Their entries name the screen classes, and
 * a screen is built the first time it is shown.
 */
public interface ScreenProvider {

    /** The settings screen's id: the shell puts that screen apart at the bottom of the rail, with its own key. */
    String SETTINGS_ID = "settings";

    /** Where the feature's screens go on the rail, lowest first (Products 100, Orders 200, Customers 300). */
    int railOrder();

    /** The feature's screens, in rail order. */
    List<ScreenEntry> entries();

    /** What {@code --demo} runs on the opened data, if this feature has demo data. */
    default Optional<Consumer<AppContext>> demoFiller() { return Optional.empty(); }
}
