package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies pulled changes by kind. A kind with no applier has no local home yet: {@link #apply} says so and the
 * engine stops the pull before that change (the cursor does not move past what could not be applied).
 */
public final class PulledChanges {

    private final Map<ChangeKind, RecordApplier> appliers = new EnumMap<>(ChangeKind.class);

    public PulledChanges(List<RecordApplier> appliers) {
        for (RecordApplier applier : appliers) {
            if (this.appliers.put(applier.kind(), applier) != null) {
                throw new IllegalArgumentException("two appliers for " + applier.kind());
            }
        }
    }

    /** Every applier the desk has. New appliers are added here. */
    public static PulledChanges standard() {
        return new PulledChanges(List.of(MergingApplier.products(), MergingApplier.skus(), MergingApplier.customers()));
    }

    public boolean hasHome(ChangeKind kind) {
        return appliers.containsKey(kind);
    }

    /** Applies the change, or answers the kind that has no local home (nothing is written then). */
    public Optional<ChangeKind> apply(Connection c, Change change) throws SQLException {
        RecordApplier applier = appliers.get(change.kind());
        if (applier == null) {
            return Optional.of(change.kind());
        }
        applier.apply(c, change);
        return Optional.empty();
    }
}
