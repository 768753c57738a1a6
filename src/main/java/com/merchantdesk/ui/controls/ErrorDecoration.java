package com.merchantdesk.ui.controls;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks a field that has an error: AtlantaFX's {@code :danger} look (red border), the {@code error} style class,
 * and the message as the field's tooltip. No overlay graphics, so fields inside scroll panes stay correct.
 */
public final class ErrorDecoration implements ValidationDecoration {

    public static final String ERROR_CLASS = "error";
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final String TOOLTIP_KEY = ErrorDecoration.class.getName() + ".tooltip";

    @Override
    public void removeDecorations(Control target) {
        target.pseudoClassStateChanged(DANGER, false);
        target.getStyleClass().remove(ERROR_CLASS);
        Object ours = target.getProperties().remove(TOOLTIP_KEY);
        if (ours != null && target.getTooltip() == ours) {
            target.setTooltip(null);
        }
    }

    @Override
    public void applyValidationDecoration(ValidationMessage message) {
        if (message.getSeverity() != Severity.ERROR) {
            return;
        }
        Control target = message.getTarget();
        target.pseudoClassStateChanged(DANGER, true);
        if (!target.getStyleClass().contains(ERROR_CLASS)) {
            target.getStyleClass().add(ERROR_CLASS);
        }
        if (target.getTooltip() == null || target.getProperties().containsKey(TOOLTIP_KEY)) {
            Tooltip tip = new Tooltip(message.getText());
            target.getProperties().put(TOOLTIP_KEY, tip);
            target.setTooltip(tip);
        }
    }

    @Override
    public void applyRequiredDecoration(Control target) {
        // Required fields are marked in their labels instead.
    }
}
