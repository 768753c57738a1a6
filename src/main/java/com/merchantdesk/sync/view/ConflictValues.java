package com.merchantdesk.sync.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.PlatformJson;
import java.util.ArrayList;
import java.util.List;

/** A conflict's JSON value as the seller reads it: text as is, a list with commas, money as "12.50 USD", none as "—". */
final class ConflictValues {

    private ConflictValues() {}

    /** The value as the seller would type it again (money without its currency). */
    static String editable(String json) {
        try {
            JsonNode node = json == null ? null : PlatformJson.mapper().readTree(json);
            if (node != null && node.has("amount_minor") && node.has("currency")) {
                java.util.Currency currency = java.util.Currency.getInstance(node.get("currency").asText());
                return java.math.BigDecimal.valueOf(node.get("amount_minor").asLong(), currency.getDefaultFractionDigits())
                        .toPlainString();
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return json;
        }
        String shown = show(json);
        return "—".equals(shown) ? "" : shown;
    }

    static String show(String json) {
        if (json == null) {
            return "—";
        }
        try {
            JsonNode node = PlatformJson.mapper().readTree(json);
            if (node == null || node.isNull()) {
                return "—";
            }
            if (node.isTextual() || node.isNumber() || node.isBoolean()) {
                return node.asText();
            }
            if (node.isArray()) {
                List<String> parts = new ArrayList<>();
                node.forEach(n -> parts.add(n.isTextual() ? n.asText() : n.toString()));
                return String.join(", ", parts);
            }
            if (node.has("amount_minor") && node.has("currency")) {
                java.util.Currency currency = java.util.Currency.getInstance(node.get("currency").asText());
                return java.math.BigDecimal.valueOf(node.get("amount_minor").asLong(), currency.getDefaultFractionDigits())
                        .toPlainString() + " " + currency.getCurrencyCode();
            }
            return node.toString();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return json;
        }
    }
}
