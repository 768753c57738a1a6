package com.merchantdesk.ui.controls;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer enters their control, with the text of that moment. Each {@link Tooltip} is a
 * popup window in waiting, and the first one loads and styles the whole popup machinery: a screen full of them
 * made up front slows the window's first frame for something only a hovering pointer ever shows. Asking for the
 * text on entry also keeps tooltips that depend on state (archive or bring back; a cell's low stock) right
 * without listeners.
 */
public final class LazyTooltip {

    private LazyTooltip() {}

    /**
     * Gives {@code control} a tooltip saying {@code text} each time the pointer enters it; none while
     * {@code text} gives null or blank.
     */
    public static void install(Control control, Supplier<String> text) {
        // A filter, so the tooltip is in place before its own handlers look at the pointer's moves over the control.
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            if (now == null || now.isBlank()) {
                control.setTooltip(null);
            } else if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(now));
            } else {
                control.getTooltip().setText(now);
            }
        });
    }

    /** Like {@link #install(Control, Supplier)} for a text that does not change. */
    public static void install(Control control, String text) {
        install(control, () -> text);
    }
}
