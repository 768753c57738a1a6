package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.PlatformJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A conflict's value (a JSON text, see {@link Conflict}) as a person reads it; "" for none. */
public final class ConflictValues {

    private ConflictValues() {}

    public static String shown(String valueJson, Locale locale) {
        if (valueJson == null) {
            return "";
        }
        return shown(FieldValues.read(valueJson), locale);
    }

    private static String shown(JsonNode v, Locale locale) {
        if (v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isObject() && v.has("currency") && v.has("amount_minor")) {
            return Money.ofMinor(v.get("amount_minor").asLong(), v.get("currency").asText()).format(locale);
        }
        if (v.isObject() && v.has("line1")) {
            Address a = PlatformJson.mapper().convertValue(v, Address.class);
            return String.join(", ", Stream.of(a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
                    a.country()).filter(s -> s != null && !s.isBlank()).toList());
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(item -> parts.add(shown(item, locale)));
            return String.join(v.path(0).isObject() ? "; " : ", ", parts);
        }
        return v.asText();
    }
}
