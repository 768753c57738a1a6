package com.merchantdesk.ui.shell;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window-wide keys: Ctrl+1..9 open the screens in rail order, Ctrl+, opens Settings, F1 lists all keys,
 * Ctrl+Q closes the window.
 */
public final class ShellShortcuts {

    public static final int MAX_NUMBERED_SCREENS = 9;
    public static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private ShellShortcuts() {}

    /** The key of the screen at {@code index} (0-based) in the rail, if it has one. */
    public static Optional<KeyCombination> screen(int index) {
        if (index < 0 || index >= MAX_NUMBERED_SCREENS) {
            return Optional.empty();
        }
        return Optional.of(new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN));
    }
}
