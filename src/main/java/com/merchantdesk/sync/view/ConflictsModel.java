package com.merchantdesk.sync.view;

import com.merchantdesk.store.Database;
import com.merchantdesk.sync.apply.ConflictView;
import com.merchantdesk.sync.apply.Conflicts;
import com.merchantdesk.sync.apply.Resolution;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.time.Clock;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open conflicts, field by field with both values, and their resolution (keep mine, take theirs, edit). */
final class ConflictsModel {

    private final Database db;
    private final Clock clock;
    private final BackgroundRunner work;
    private final Runnable changed;
    private final ObservableList<ConflictView> rows = FXCollections.observableArrayList();
    /** Why the last resolution was refused (an edited value the field cannot take), or empty. */
    private final StringProperty error = new SimpleStringProperty("");

    ConflictsModel(Database db, Clock clock, BackgroundRunner work, Runnable changed) {
        this.db = db;
        this.clock = clock;
        this.work = work;
        this.changed = changed;
    }

    ObservableList<ConflictView> rows() { return rows; }

    StringProperty errorProperty() { return error; }

    void load() {
        work.run(() -> new Conflicts(db, clock).list(), rows::setAll,
                e -> work.report("sync.view.conflicts.loadFailed", e));
    }

    void resolve(ConflictView conflict, Resolution resolution) {
        work.run(() -> new Conflicts(db, clock).resolve(conflict.id(), resolution), done -> {
            error.set("");
            load();
            changed.run();
        }, e -> error.set(BackgroundRunner.describe(e)));
    }
}
