package com.merchantdesk.ui.shell;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** A small screen for driving the shell before real screens exist: a label, a field, one shortcut. */
public final class TestScreen implements Screen {

    public static final KeyCombination ACTION_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final String id;
    public final AtomicInteger actions = new AtomicInteger();
    public final AtomicInteger shown = new AtomicInteger();
    private Node content;

    public TestScreen(String id) { this.id = id; }

    @Override public String id() { return id; }
    @Override public String titleKey() { return titleKey(id); }
    @Override public Ikon icon() { return ICON; }

    public static final Ikon ICON = Feather.BOX;

    public static String titleKey(String id) { return "test." + id; }

    @Override
    public Node content() {
        if (content == null) {
            Label label = new Label("content of " + id);
            label.setId("content-" + id);
            TextField field = new TextField();
            field.setId("field-" + id);
            content = new VBox(label, field);
        }
        return content;
    }

    @Override
    public Node toolbar() {
        Label label = new Label("toolbar of " + id);
        label.setId("toolbar-" + id);
        return label;
    }

    @Override public void onShown() { shown.incrementAndGet(); }

    @Override public Map<KeyCombination, Runnable> shortcuts() { return Map.of(ACTION_KEY, actions::incrementAndGet); }

    @Override public Map<KeyCombination, String> shortcutDescriptionKeys() { return Map.of(ACTION_KEY, "test.action"); }
}
