package com.merchantdesk.sync.view;

import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What joins the window's sync runner (started with the window) and its Sync screen (built when first shown): the
 * runner, and the section the status bar asked the screen to show. One per window, found by its status bar.
 */
final class SyncLink {

    private static final Map<StatusBarModel, SyncLink> LINKS = new WeakHashMap<>();

    final ObjectProperty<SyncRunner> runner = new SimpleObjectProperty<>();
    final ObjectProperty<String> section = new SimpleObjectProperty<>();

    private SyncLink() {}

    static SyncLink of(StatusBarModel window) {
        synchronized (LINKS) {
            return LINKS.computeIfAbsent(window, w -> new SyncLink());
        }
    }
}
