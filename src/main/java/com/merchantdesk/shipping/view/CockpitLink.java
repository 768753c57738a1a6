package com.merchantdesk.shipping.view;

import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.ui.controls.StatusBarModel;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the status bar's counts ask of the cockpit of the same window: show only the late or the at-risk orders.
 * The counts run whether or not the screen was built, so the request waits here (one per window, found by its
 * status bar) until the screen takes it.
 */
final class CockpitLink {

    private static final Map<StatusBarModel, ObjectProperty<ToShipQuery.Filter>> REQUESTS = new WeakHashMap<>();

    private CockpitLink() {}

    static ObjectProperty<ToShipQuery.Filter> requested(StatusBarModel window) {
        synchronized (REQUESTS) {
            return REQUESTS.computeIfAbsent(window, w -> new SimpleObjectProperty<>());
        }
    }
}
