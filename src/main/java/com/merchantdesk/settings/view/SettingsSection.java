package com.merchantdesk.settings.view;

import com.merchantdesk.ui.shell.ScreenContext;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import javafx.scene.Node;

/**
 * A section a feature adds to the Settings screen (named in
 * {@code META-INF/services/com.merchantdesk.settings.view.SettingsSection}), shown after backup and restore, so a
 * feature's rules live in Settings without the settings feature knowing the feature.
 */
public interface SettingsSection {

    /** The section's place among the features' sections, lowest first. */
    int order();

    /** Its id, for tests and for the node ({@code settings-section-ID}). */
    String id();

    String titleKey();

    /** Builds the section's body (on the FX thread); database work goes to the context's background executor. */
    Node content(ScreenContext context);

    /** The sections on the class path, in their order. */
    static List<SettingsSection> all() {
        return ServiceLoader.load(SettingsSection.class, SettingsSection.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparingInt(SettingsSection::order)).toList();
    }
}
