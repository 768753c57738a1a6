package com.merchantdesk.ui.controls;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Shows its parts side by side while they fit its width and stacked when they do not, so a narrow window shows
 * everything whole instead of cutting it at the edge. The choice is made in each layout pass, before the parts
 * are laid out: a resize, a longer text or a wider font all lead to it.
 */
public final class Reflow extends StackPane {

    private final DoubleSupplier widthNeeded;
    private final Supplier<Node> sideBySide;
    private final Supplier<Node> stacked;
    private boolean wide;

    /**
     * @param widthNeeded the width the parts need side by side (this pane's padding comes on top)
     * @param sideBySide arranges the parts side by side and returns the node holding them
     * @param stacked arranges them stacked and returns the node holding them
     */
    public Reflow(DoubleSupplier widthNeeded, Supplier<Node> sideBySide, Supplier<Node> stacked) {
        this.widthNeeded = widthNeeded;
        this.sideBySide = sideBySide;
        this.stacked = stacked;
        wide = true;
        getChildren().setAll(sideBySide.get());
    }

    @Override
    protected void layoutChildren() {
        boolean fits = getWidth() >= snappedLeftInset() + widthNeeded.getAsDouble() + snappedRightInset();
        if (getWidth() > 0 && fits != wide) {
            wide = fits;
            getChildren().setAll((fits ? sideBySide : stacked).get());
            // The panes around measured this one with its former parts in this same layout pass, and a request made
            // during their layout is dropped: ask again once the pass is over, so they size it for its new parts
            // (a short window otherwise keeps the tall arrangement's height and pushes what is below out of sight).
            Platform.runLater(this::requestLayout);
        }
        super.layoutChildren();
    }

    /** Its parts' least widths must not hold it wide, or it would never see that they no longer fit. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }
}
