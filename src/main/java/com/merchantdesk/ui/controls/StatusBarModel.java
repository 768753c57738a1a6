package com.merchantdesk.ui.controls;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows: a message, the progress of background work (-1 = indeterminate, 0 = idle), the
 * sync state (pending changes), and the features' indicators (e.g. orders late or at risk), each of which opens
 * its screen when clicked.
 */
public final class StatusBarModel {

    /**
     * A short text a feature keeps up to date in the status bar; hidden while empty. Clicking it shows the screen
     * {@code screenId} and then runs {@code onOpen} (e.g. to filter that screen). Call on the FX thread.
     *
     * @param styleClass added to the indicator, e.g. {@code danger} or {@code warning}
     */
    public record Indicator(String id, String screenId, StringProperty text, String styleClass, Runnable onOpen) {}

    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty syncState = new SimpleStringProperty("");
    private volatile Runnable onChangesSaved = () -> {};
    private final List<Runnable> changesSavedListeners = new CopyOnWriteArrayList<>();
    private final ObjectProperty<Node> syncView = new SimpleObjectProperty<>();
    private final List<Runnable> changedElsewhereListeners = new CopyOnWriteArrayList<>();

    public StringProperty messageProperty() { return message; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty syncStateProperty() { return syncState; }

    public void show(String text) { message.set(text); }

    /** The features' indicators, in the order they were added; the shell shows them beside the sync state. */
    public ObservableList<Indicator> indicators() { return indicators; }

    /** Screens call this after a write, so the sync state (changes waiting) is recounted at once. */
    public void changesSaved() {
        onChangesSaved.run();
        changesSavedListeners.forEach(Runnable::run);
    }

    /** A feature's own reaction to a write (the sync feature recounts); called on the writer's thread. */
    public void addChangesSavedListener(Runnable listener) { changesSavedListeners.add(listener); }

    public void removeChangesSavedListener(Runnable listener) { changesSavedListeners.remove(listener); }

    /**
     * Records came in from elsewhere (a sync run received some): the screens that show data read it again. Call on
     * the FX thread.
     */
    public void changedElsewhere() { changedElsewhereListeners.forEach(Runnable::run); }

    /** The shell's reaction to {@link #changedElsewhere()} (it reloads the screen shown). */
    public void addChangedElsewhereListener(Runnable listener) { changedElsewhereListeners.add(listener); }

    /**
     * The sync feature's own view of the sync state (counts, "Sync now", "Work offline"); while set, the shell
     * shows it instead of its plain sync text. Call on the FX thread.
     */
    public ObjectProperty<Node> syncViewProperty() { return syncView; }

    /** The shell's recount; called on whatever thread {@link #changesSaved()} was called on. */
    public void setOnChangesSaved(Runnable action) { onChangesSaved = action; }
}
