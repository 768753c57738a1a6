package com.merchantdesk.sandbox.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-field merge of a PATCH (brief: "Product edits merge per field"). Each seller-owned field remembers the
 * record version at which it last changed. A PATCH names the version it was based on and the fields it changes:
 * it applies when none of those fields changed after that version (edits of other fields merge); otherwise the
 * fields that did are a real conflict (412).
 */
final class FieldMerge {

    private FieldMerge() {}

    /** The fields of {@code changed} that changed after {@code baseVersion}, in name order. */
    static List<String> conflicts(Map<String, Long> fieldVersions, long baseVersion, Iterable<String> changed) {
        java.util.ArrayList<String> conflicts = new java.util.ArrayList<>();
        for (String field : changed) {
            if (fieldVersions.getOrDefault(field, 0L) > baseVersion) {
                conflicts.add(field);
            }
        }
        conflicts.sort(null);
        return conflicts;
    }

    /** The field versions after {@code changed} were set at {@code newVersion}. */
    static Map<String, Long> applied(Map<String, Long> fieldVersions, long newVersion, Iterable<String> changed) {
        Map<String, Long> next = new TreeMap<>(fieldVersions);
        changed.forEach(field -> next.put(field, newVersion));
        return next;
    }
}
