package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The windows and questions of a feature's screens. They take the owner window's stylesheets and root style
 * (the shell's theme, font and scale), so a dialog looks like the window it belongs to, plus the feature's
 * own stylesheet.
 */
public final class DialogWindows {

    private final String stylesheet;

    /** @param stylesheet the feature's stylesheet (a URL), added after the owner's and the shared controls' */
    public DialogWindows(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** A modal stage owned by {@code owner} (application-modal when there is none). */
    public static Stage stage(Window owner, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(title);
        return stage;
    }

    public Scene scene(Parent root, Window owner) {
        Scene scene = new Scene(root);
        inherit(root, scene.getStylesheets(), owner);
        return scene;
    }

    /** The same look for an {@code Alert}'s content, which has no scene of its own yet. */
    public void styleLike(DialogPane pane, Window owner) {
        inherit(pane, pane.getStylesheets(), owner);
    }

    /**
     * Asks a yes/no question whose buttons say what happens. With {@code preferNo}, Enter keeps things as they
     * are: destroying work or cancelling an order takes a deliberate choice.
     */
    public boolean confirm(Window owner, String id, String title, String text, String yesKey, String noKey, boolean preferNo) {
        ButtonType yes = new ButtonType(Messages.get(yesKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.getDialogPane().setId(id);
        if (owner != null) {
            alert.initOwner(owner);
        }
        styleLike(alert.getDialogPane(), owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        // Long questions wrap instead of being cut off.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(520);
        if (preferNo) {
            ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private void inherit(Parent root, List<String> stylesheets, Window owner) {
        if (owner != null && owner.getScene() != null) {
            Scene parent = owner.getScene();
            stylesheets.addAll(parent.getStylesheets());
            if (parent.getRoot() != null) {
                root.setStyle(join(parent.getRoot().getStyle(), root.getStyle()));
                parent.getRoot().getStyleClass().stream()
                        .filter(c -> !root.getStyleClass().contains(c) && !"root".equals(c))
                        .forEach(root.getStyleClass()::add);
            }
        }
        ControlStyles.addTo(stylesheets, stylesheet);
    }

    private static String join(String inherited, String own) {
        String a = inherited == null ? "" : inherited.strip();
        String b = own == null ? "" : own.strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + (a.endsWith(";") ? " " : "; ") + b;
    }
}
