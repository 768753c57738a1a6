package com.merchantdesk.ui.controls;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keys of a form in its own window: the save key saves; Esc and the window's close button both cancel,
 * so the form can ask before throwing typed work away. An open drop-down list takes Esc first.
 */
public final class FormWindowKeys {

    private FormWindowKeys() {}

    /** Call once the stage has its scene. */
    public static void install(Stage stage, KeyCombination saveKey, Runnable save, Runnable cancel) {
        install(stage, saveKey, save, cancel, () -> false);
    }

    /** @param escapeTaken another popup of the form (suggestions) is open and closes on this Esc instead */
    public static void install(Stage stage, KeyCombination saveKey, Runnable save, Runnable cancel, BooleanSupplier escapeTaken) {
        Scene scene = Objects.requireNonNull(stage.getScene(), "the stage's scene");
        scene.getAccelerators().put(saveKey, save);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean listOpen = scene.getFocusOwner() instanceof ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !listOpen && !escapeTaken.getAsBoolean()) {
                e.consume();
                cancel.run();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            cancel.run();
        });
    }
}
