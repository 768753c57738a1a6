package com.merchantdesk.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows: a message, the progress of background work (-1 = indeterminate, 0 = idle), and
 * the sync state (pending changes), which later issues fill in.
 */
public final class StatusBarModel {
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty syncState = new SimpleStringProperty("");
    private volatile Runnable onChangesSaved = () -> {};

    public StringProperty messageProperty() { return message; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty syncStateProperty() { return syncState; }

    public void show(String text) { message.set(text); }

    /** Screens call this after a write, so the sync state (changes waiting) is recounted at once. */
    public void changesSaved() { onChangesSaved.run(); }

    /** The shell's recount; called on whatever thread {@link #changesSaved()} was called on. */
    public void setOnChangesSaved(Runnable action) { onChangesSaved = action; }
}
