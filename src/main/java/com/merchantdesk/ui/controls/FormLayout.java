package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The labels, grid columns and keyboard moves every feature's forms share, so each form lines up the same. */
public final class FormLayout {

    private FormLayout() {}

    /** A field's label, never shortened, named as the field's label for screen readers. */
    public static Label label(String key, Node target) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A label whose underlined letter (Alt+letter) moves the keyboard to its field; styled {@code section-label}. */
    public static Label mnemonic(String key, Node target) {
        Label label = label(key, target);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("section-label");
        return label;
    }

    /** Moves the keyboard on to the next field ({@code forward}) or back, as Tab and Shift+Tab do. */
    public static void moveFocus(Node from, boolean forward) {
        from.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, !forward, false, false, false));
    }

    /** A grid column for labels: as wide as its widest label, never narrower. */
    public static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    /** A grid column for fields that grows with the form, preferring {@code weight} times 120 pixels. */
    public static ColumnConstraints growColumn(double weight) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(-1);
        c.setPrefWidth(120 * weight);
        return c;
    }
}
