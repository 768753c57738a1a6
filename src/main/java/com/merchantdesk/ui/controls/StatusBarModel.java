package com.merchantdesk.ui.controls;

import javafx.beans.property.DoubleProperty;
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

    public StringProperty messageProperty() { return message; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty syncStateProperty() { return syncState; }

    public void show(String text) { message.set(text); }

    /** The features' indicators, in the order they were added; the shell shows them beside the sync state. */
    public ObservableList<Indicator> indicators() { return indicators; }

    /** Screens call this after a write, so the sync state (changes waiting) is recounted at once. */
    public void changesSaved() { onChangesSaved.run(); }

    /** The shell's recount; called on whatever thread {@link #changesSaved()} was called on. */
    public void setOnChangesSaved(Runnable action) { onChangesSaved = action; }
}
