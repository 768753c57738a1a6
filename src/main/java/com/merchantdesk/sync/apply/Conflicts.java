package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conflicts of products, SKUs and customers (docs/sync.md, "Conflicts"): listed for the Sync screen and the
 * command line, resolved by the seller (keep mine, take theirs, edit), and the two answers of the platform that touch
 * them, which the sync engine calls inside its own transaction: an acknowledged push ({@link #acknowledged}) and a
 * patch refused with 412 ({@link #fromRejectedPatch}).
 *
 * <p>A resolution is one transaction: the field on the desk, the patch that carries it (the same wire shape as the
 * catalogue's and the customers' patches, {@code base_version} = the platform version of the conflict), the base's
 * field set to the platform's value of that version (so a later pull sees the desk's value as the desk's change, or
 * as agreed), and the conflict gone. Blocking: call {@link #list()} and {@link #resolve} off the FX thread.
 */
public final class Conflicts {

    private final Database db;
    private final Clock clock;

    public Conflicts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every open conflict, oldest first. */
    public List<ConflictView> list() { return db.read(Conflicts::list); }

    public static List<ConflictView> list(Connection c) throws SQLException {
        List<ConflictView> views = new ArrayList<>();
        for (Conflict k : ConflictRows.all(c)) {
            views.add(view(c, k));
        }
        return views;
    }

    private static ConflictView view(Connection c, Conflict k) throws SQLException {
        String name = MergedKinds.of(k.entityType()).map(kind -> {
            try {
                return kind.displayName(c, k.entityId());
            } catch (SQLException e) {
                throw new com.merchantdesk.store.StoreException("Cannot read " + k.id(), e);
            }
        }).orElse(k.entityId());
        return new ConflictView(k.id(), k.entityType(), k.entityId(), name, k.field(), k.baseValue(), k.deskValue(),
                k.platformValue(), k.platformVersion(), k.foundAt());
    }

    /**
     * Settles one conflict by its id ({@link Conflict#id()}). An unknown id, or a value the field cannot take, is
     * refused with a {@link ValidationException} naming it, and nothing changes.
     *
     * @return what was done: the outbox row queued (keep mine, or an edit that differs from the platform's value)
     */
    public Resolved resolve(String conflictId, Resolution resolution) {
        Instant at = clock.instant();
        return db.write(c -> resolve(c, conflictId, resolution, at));
    }

    public static Resolved resolve(Connection c, String conflictId, Resolution resolution, Instant at)
            throws SQLException {
        Conflict k = find(c, conflictId);
        MergedKind kind = MergedKinds.of(k.entityType()).orElseThrow(() -> unknown(conflictId));
        Optional<Map<String, String>> desk = kind.deskValues(c, k.entityId());
        if (desk.isEmpty()) {
            // The record was deleted on the desk since: nothing is left to settle.
            ConflictRows.delete(c, k.entityType(), k.entityId(), k.field());
            return new Resolved(k.id(), resolution.choice(), true, Optional.empty());
        }
        String value = switch (resolution.choice()) {
            case KEEP_MINE -> desk.get().get(k.field());
            case TAKE_THEIRS -> k.platformValue();
            case EDIT -> kind.parseTyped(c, k.entityId(), k.field(), resolution.value());
        };
        Optional<Outbox.Queued> queued = Optional.empty();
        if (!value.equals(k.platformValue())) {
            queued = Optional.of(queuePatch(c, kind, k.entityId(), Map.of(k.field(), kind.patchValue(k.field(), value)),
                    k.platformVersion(), at));
        }
        if (!value.equals(desk.get().get(k.field()))) {
            kind.write(c, k.entityId(), Map.of(k.field(), value), at);
        }
        setBaseField(c, k.entityType(), k.entityId(), k.field(), k.platformValue());
        ConflictRows.delete(c, k.entityType(), k.entityId(), k.field());
        return new Resolved(k.id(), resolution.choice(), false, queued);
    }

    /**
     * What a resolution did: {@code recordGone} when the record had been deleted on the desk (the conflict is simply
     * closed), {@code queued} the patch that carries the chosen value to the platform (none when the platform has it).
     */
    public record Resolved(String conflictId, Resolution.Choice choice, boolean recordGone, Optional<Outbox.Queued> queued) {}

    private static Conflict find(Connection c, String conflictId) throws SQLException {
        String id = conflictId == null ? "" : conflictId.strip();
        int first = id.indexOf(':');
        int last = id.lastIndexOf(':');
        if (first <= 0 || last <= first + 1 || last == id.length() - 1) {
            throw unknown(conflictId);
        }
        return ConflictRows.find(c, id.substring(0, first), id.substring(first + 1, last), id.substring(last + 1))
                .orElseThrow(() -> unknown(conflictId));
    }

    private static ValidationException unknown(String conflictId) {
        return new ValidationException(FieldError.of("id", "sync.conflict.unknown", String.valueOf(conflictId)));
    }

    /**
     * The engine's call when the platform acknowledged a push of a product, SKU or customer and answered the record
     * as it now is ({@code platformRecord}, the API's Product, Sku or Customer). The record's {@code platform_version}
     * and base become the answer's. Local fields the desk changed since stay as they are (their patches are queued);
     * a field the platform changed meanwhile (merged there with the desk's patch) and the desk did not is taken.
     * Never records a conflict. An answer at or below the version the desk holds, or for a record the desk no longer
     * has, changes nothing. Queues nothing; runs inside the engine's transaction.
     *
     * @return whether anything was applied
     */
    public static boolean acknowledged(Connection c, ChangeKind kind, JsonNode platformRecord) throws SQLException {
        return RecordMerge.apply(c, MergedKinds.of(kind), platformRecord, updatedAt(platformRecord),
                RecordMerge.Source.ACKNOWLEDGED);
    }

    /**
     * The engine's call when the platform refused a patch with 412 ({@code stale-version}): {@code conflictingFields}
     * are the problem's {@code conflicting_fields}, {@code current} the record as the platform has it now (the
     * problem's {@code current}, or fetched), {@code rejectedPatch} the body that was refused ({@code
     * {"base_version":…,"changes":{…}}}). Each named field whose desk value differs from the platform's becomes a
     * conflict; the rest of {@code current} is applied as a pulled version (so other fields merge); and the refused
     * patch's other fields, which the platform did not refuse on their own, are queued again in a new patch based on
     * {@code current}'s version so they are not lost. Runs inside the engine's transaction (which also settles the
     * refused outbox row).
     *
     * @return the patch queued again for the other fields, if any
     */
    public static Optional<Outbox.Queued> fromRejectedPatch(Connection c, ChangeKind kind, JsonNode rejectedPatch,
                                                            List<String> conflictingFields, JsonNode current)
            throws SQLException {
        MergedKind merged = MergedKinds.of(kind);
        String id = current.get("id").asText();
        long version = current.get("version").asLong();
        Instant at = updatedAt(current);
        Optional<Map<String, String>> desk = merged.deskValues(c, id);
        if (desk.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> platform = merged.platformValues(current);
        Map<String, String> base = SyncBases.base(c, merged.entityType(), id)
                .map(b -> merged.platformValues(b.data())).orElse(null);
        for (String field : conflictingFields) {
            if (!merged.fields().contains(field)) {
                continue;
            }
            String d = desk.get().get(field);
            String p = platform.get(field);
            if (!d.equals(p)) {
                Optional<Conflict> open = ConflictRows.find(c, merged.entityType(), id, field);
                String b = open.isPresent() ? open.get().baseValue() : base == null ? null : base.get(field);
                RecordMerge.conflict(c, new Conflict(merged.entityType(), id, field, b, d, p, version, at));
            }
        }
        RecordMerge.apply(c, merged, current, at, RecordMerge.Source.PULLED);
        Map<String, Object> again = new LinkedHashMap<>();
        JsonNode changes = rejectedPatch == null ? null : rejectedPatch.get("changes");
        if (changes != null) {
            Map<String, String> deskNow = merged.deskValues(c, id).orElseThrow();
            for (var names = changes.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!conflictingFields.contains(field) && merged.fields().contains(field)
                        && !deskNow.get(field).equals(platform.get(field))
                        && ConflictRows.find(c, merged.entityType(), id, field).isEmpty()) {
                    try {
                        again.put(field, merged.patchValue(field, deskNow.get(field)));
                    } catch (ValidationException cannotTravel) {
                        // A cleared compare-at price or weight: the API cannot carry it (docs/sync.md).
                    }
                }
            }
        }
        return again.isEmpty() ? Optional.empty() : Optional.of(queuePatch(c, merged, id, again, version, at));
    }

    private static Outbox.Queued queuePatch(Connection c, MergedKind kind, String id, Map<String, Object> changes,
                                            long baseVersion, Instant at) throws SQLException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("base_version", baseVersion);
        body.put("changes", changes);
        OutboxKey key = new OutboxKey(kind.entityType(), id);
        return Outbox.append(c, new Outbox.Change(key, "patch", WireJson.encode(body), at, List.of(key)));
    }

    /** The base's field set to the platform's value of the conflict's version. */
    private static void setBaseField(Connection c, String type, String id, String field, String platformValue)
            throws SQLException {
        Optional<SyncBases.Base> base = SyncBases.base(c, type, id);
        if (base.isEmpty() || !(base.get().data() instanceof ObjectNode data)) {
            return;
        }
        data.set(field, FieldValues.read(platformValue));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_base SET data = ? WHERE entity_type = ? AND entity_id = ?")) {
            ps.setString(1, FieldValues.write(data));
            ps.setString(2, type);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    private static Instant updatedAt(JsonNode record) {
        return ProductKind.instant(record, "updated_at", ProductKind.instant(record, "created_at"));
    }
}
