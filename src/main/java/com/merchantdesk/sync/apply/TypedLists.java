package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** A list the seller types for a field: a JSON array ({@code ["Colour","Size"]}) or values separated by commas. */
final class TypedLists {

    private TypedLists() {}

    static List<String> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.startsWith("[")) {
            try {
                JsonNode array = FieldValues.read(text);
                if (array.isArray()) {
                    return FieldValues.stringList(array).stream().map(String::strip).toList();
                }
            } catch (RuntimeException notJson) {
                // Then it is plain text that starts with a bracket.
            }
        }
        return Arrays.stream(text.split(",")).map(String::strip).toList();
    }
}
