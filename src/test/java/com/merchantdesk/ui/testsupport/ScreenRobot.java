package com.merchantdesk.ui.testsupport;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;

import com.merchantdesk.ui.controls.ErrorDecoration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** A TestFX robot that also reads what a screen test checks: texts, field errors, the focus, dialog buttons. */
public final class ScreenRobot extends FxRobot {

    /** The text of a label or field; empty while nothing matches {@code query} (yet). */
    public String text(String query) {
        return onFx(() -> lookup(query).tryQuery()
                .map(n -> n instanceof TextInputControl field ? field.getText() : ((Labeled) n).getText()).orElse(""));
    }

    /** The field is marked (style class, red border) and its tooltip says {@code message}. */
    public boolean hasError(String query, String message) {
        return onFx(() -> {
            Optional<Node> node = lookup(query).tryQuery();
            if (node.isEmpty()) {
                return false;
            }
            Control field = (Control) node.get();
            return field.getStyleClass().contains(ErrorDecoration.ERROR_CLASS)
                    && field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger"))
                    && field.getTooltip() != null && message.equals(field.getTooltip().getText());
        });
    }

    /** The focus owner of the newest focused window (headless Monocle reports every window as focused). */
    public String focusedId() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.isFocused())
                .reduce((first, second) -> second)
                .map(w -> w.getScene().getFocusOwner()).map(n -> n.getId() == null ? "" : n.getId()).orElse(""));
    }

    /**
     * Sends typed text to the window holding {@code rootQuery}. Monocle reports every window as focused, and
     * TestFX then types into the window it last worked with; a real keyboard types into the newest dialog.
     */
    public void typeInto(String rootQuery) {
        targetWindow(onFx(() -> lookup(rootQuery).query().getScene().getWindow()));
    }

    /** Waits until a dialog offers a button saying {@code text}, then clicks it. */
    public void clickDialogButton(String text) {
        await("a dialog offers " + text, () -> lookup(".dialog-pane .button")
                .match((Button b) -> text.equals(b.getText()) && FxThread.shown(b)).tryQuery().isPresent());
        Node button = onFx(() -> lookup(".dialog-pane .button")
                .match((Button b) -> text.equals(b.getText()) && FxThread.shown(b)).query());
        clickOn(button);
    }
}
