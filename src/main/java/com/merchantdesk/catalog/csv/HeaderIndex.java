package com.merchantdesk.catalog.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The header line of another platform's file: each column's position by its name (matched without regard to
 * case or surrounding spaces), and which of them the import reads, so the others can be listed once as
 * "not imported".
 */
final class HeaderIndex {

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    HeaderIndex(CSVRecord header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            names.add(name);
            positions.putIfAbsent(key(name), i);
        }
    }

    static String key(String name) { return name.strip().toLowerCase(Locale.ROOT); }

    boolean has(String name) { return positions.containsKey(key(name)); }

    /** The header's own spelling of {@code name}, marking it read; {@code name} when the file lacks it. */
    String use(String name) {
        Integer i = positions.get(key(name));
        if (i == null) {
            return name;
        }
        used.add(key(name));
        return names.get(i);
    }

    /** The cell of {@code name}, stripped; "" when the file has no such column. */
    String get(CSVRecord record, String name) {
        Integer i = positions.get(key(name));
        return i == null || i >= record.size() ? "" : record.get(i).strip();
    }

    /** The first column whose name starts with {@code prefix} (e.g. "Weight ("), or null. */
    String startingWith(String prefix) {
        for (String name : names) {
            if (key(name).startsWith(key(prefix))) {
                return name;
            }
        }
        return null;
    }

    /** Columns the import does not read, in file order, each once (empty names left out). */
    List<String> notRead() {
        Set<String> result = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !used.contains(key(name))) {
                result.add(name);
            }
        }
        return List.copyOf(result);
    }
}
