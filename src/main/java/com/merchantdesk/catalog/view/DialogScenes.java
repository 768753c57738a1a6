package com.merchantdesk.catalog.view;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Scenes for the screen's own windows. They take the owner window's stylesheets and root style (the shell's
 * theme, font and scale), so a dialog looks like the window it belongs to, plus this screen's stylesheet.
 */
final class DialogScenes {

    private DialogScenes() {}

    static Scene create(Parent root, Window owner) {
        Scene scene = new Scene(root);
        inherit(root, scene.getStylesheets(), owner);
        return scene;
    }

    /** The same for an {@code Alert}'s content, which has no scene of its own yet. */
    static void styleLike(DialogPane pane, Window owner) {
        inherit(pane, pane.getStylesheets(), owner);
    }

    private static void inherit(Parent root, List<String> stylesheets, Window owner) {
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
        if (!stylesheets.contains(ProductsScreen.STYLESHEET)) {
            stylesheets.add(ProductsScreen.STYLESHEET);
        }
    }

    private static String join(String inherited, String own) {
        String a = inherited == null ? "" : inherited.strip();
        String b = own == null ? "" : own.strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + (a.endsWith(";") ? " " : "; ") + b;
    }
}
