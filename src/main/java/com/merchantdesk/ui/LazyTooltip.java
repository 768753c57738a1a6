package com.merchantdesk.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its control. Each {@link Tooltip} is a popup window in waiting,
 * and the first one loads and styles the whole popup machinery: a screen full of them made up front slows the
 * window's first frame for something only a hovering pointer ever shows.
 */
public final class LazyTooltip {

    private LazyTooltip() {}

    /** Gives {@code control} the tooltip {@code tooltip} makes, once the pointer first enters it. */
    public static void install(Control control, Supplier<Tooltip> tooltip) {
        EventHandler<MouseEvent> onFirstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                // Set in the filter, before the tooltip's own handlers look at the pointer's moves over the control.
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip.get());
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onFirstEntry);
    }

    /** Like {@link #install(Control, Supplier)} for a fixed text. */
    public static void install(Control control, String text) {
        install(control, () -> new Tooltip(text));
    }
}
