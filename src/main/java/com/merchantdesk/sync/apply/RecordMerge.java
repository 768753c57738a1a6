package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Brings a version of a record from the platform into the desk, field by field, against the last version both sides
 * agreed on ({@code sync_base}; brief, "Product edits merge per field"). Per seller-owned field, with base B, the
 * desk's value D and the platform's P:
 * <ul>
 *   <li>D = P: nothing to do (an open conflict on it is settled);</li>
 *   <li>P = B: the desk changed it: the desk's value stays (its patch is queued);</li>
 *   <li>D = B: the platform changed it: its value is written on the desk, queuing nothing;</li>
 *   <li>otherwise (or with no base: a record made on both sides) a conflict is kept and the desk keeps its value
 *       until the seller resolves it; the field leaves the desk's unsent patches ({@link OpenPatches}).</li>
 * </ul>
 * Then the base becomes the version applied and the record's {@code platform_version} its number. A version at or
 * below the one the desk holds changes nothing.
 */
final class RecordMerge {

    /** A pulled version, or the platform's answer to the desk's own acknowledged push (which never conflicts). */
    enum Source { PULLED, ACKNOWLEDGED }

    private RecordMerge() {}

    /** @return whether the version was applied (false: the desk holds it or a newer one, or lacks the record on an acknowledgement) */
    static boolean apply(Connection c, MergedKind kind, JsonNode record, Instant foundAt, Source source)
            throws SQLException {
        String id = record.get("id").asText();
        long version = record.get("version").asLong();
        String type = kind.entityType();
        OptionalLong held = SyncBases.platformVersion(c, type, id);
        if (held.isPresent() && version <= held.getAsLong()) {
            return false;
        }
        Map<String, String> platform = kind.platformValues(record);
        Optional<Map<String, String>> deskNow = kind.deskValues(c, id);
        if (deskNow.isEmpty()) {
            if (source == Source.ACKNOWLEDGED) {
                return false;
            }
            kind.insert(c, record);
        } else if (kind.awaitingPull(c, id)) {
            kind.write(c, id, platform, foundAt);
        } else {
            merge(c, kind, id, deskNow.get(), platform, version, foundAt, source);
        }
        SyncBases.put(c, type, id, version, record);
        SyncBases.setPlatformVersion(c, type, id, version);
        kind.afterApplied(c, id, record);
        return true;
    }

    private static void merge(Connection c, MergedKind kind, String id, Map<String, String> desk,
                              Map<String, String> platform, long version, Instant foundAt, Source source)
            throws SQLException {
        String type = kind.entityType();
        Map<String, String> base = SyncBases.base(c, type, id).map(b -> kind.platformValues(b.data())).orElse(null);
        Map<String, Conflict> open = ConflictRows.ofRecord(c, type, id);
        Map<String, String> take = new LinkedHashMap<>();
        for (String field : kind.fields()) {
            String d = desk.get(field);
            String p = platform.get(field);
            String b = base == null ? null : base.get(field);
            if (d.equals(p)) {
                if (open.containsKey(field)) {
                    ConflictRows.delete(c, type, id, field);
                }
            } else if (open.containsKey(field)) {
                if (source == Source.PULLED) {
                    conflict(c, new Conflict(type, id, field, open.get(field).baseValue(), d, p, version, foundAt));
                }
            } else if (b != null && p.equals(b)) {
                // The desk's change: queued already, it goes up as it is.
            } else if (b != null && d.equals(b)) {
                take.put(field, p);
            } else if (source == Source.PULLED) {
                conflict(c, new Conflict(type, id, field, b, d, p, version, foundAt));
            }
        }
        if (!take.isEmpty()) {
            kind.write(c, id, take, foundAt);
        }
    }

    static void conflict(Connection c, Conflict k) throws SQLException {
        ConflictRows.put(c, k);
        OpenPatches.withdraw(c, k.entityType(), k.entityId(), k.field());
    }
}
