package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Alerts in the app's chosen language. JavaFX's own OK/Cancel follow the system language, which may differ
 * from the one chosen in Settings, so buttons are made here from the bundles.
 */
public final class Dialogs {

    private Dialogs() {}

    static ButtonType ok() { return new ButtonType(Messages.get("button.ok"), ButtonData.OK_DONE); }

    static ButtonType cancel() { return new ButtonType(Messages.get("button.cancel"), ButtonData.CANCEL_CLOSE); }

    static ButtonType close() { return new ButtonType(Messages.get("button.close"), ButtonData.CANCEL_CLOSE); }

    public static ButtonType quit() { return new ButtonType(Messages.get("button.quit"), ButtonData.CANCEL_CLOSE); }

    public static Alert error(Window owner, String header, String content, ButtonType... buttons) {
        return alert(Alert.AlertType.ERROR, owner, header, content, buttons.length == 0 ? new ButtonType[] {ok()} : buttons);
    }

    static Alert info(Window owner, String header, String content) {
        return alert(Alert.AlertType.INFORMATION, owner, header, content, ok());
    }

    /** A question whose yes-button says what will happen, e.g. "Restore". */
    public static Alert confirm(Window owner, String header, String content, ButtonType yes) {
        return alert(Alert.AlertType.CONFIRMATION, owner, header, content, yes, cancel());
    }

    private static Alert alert(Alert.AlertType type, Window owner, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        // Long plain messages (a file path, SQLite's complaint) must wrap, not be cut off.
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(520);
        return alert;
    }
}
