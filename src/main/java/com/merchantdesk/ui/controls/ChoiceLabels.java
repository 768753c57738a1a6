package com.merchantdesk.ui.controls;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the choices of a list the seller picks from but never types into, so nothing is read back. */
public final class ChoiceLabels {

    private ChoiceLabels() {}

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override public String toString(T choice) { return choice == null ? "" : label.apply(choice); }
            @Override public T fromString(String text) { return null; }
        };
    }
}
