package com.merchantdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.FieldProblem;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Problem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a request body's fields and collects every problem with its path ({@code lines[2].quantity}), so one
 * answer names all bad fields. A missing optional field reads as null. {@link #done()} throws a validation
 * failure (422) when any field was bad, before anything is written.
 */
public final class Fields {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final List<FieldProblem> problems = new ArrayList<>();

    public void problem(String path, String message) { problems.add(new FieldProblem(path, message)); }

    public boolean ok() { return problems.isEmpty(); }

    public List<FieldProblem> problems() { return List.copyOf(problems); }

    /** Throws the collected problems as one 422 answer, if any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw new ApiFailure(Problem.invalid(problems));
        }
    }

    /** The body as an object, or a problem if it is not one. */
    public JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path.isEmpty() ? "(body)" : path, "must be a JSON object");
            return null;
        }
        return node;
    }

    /** Refuses fields the API does not know (a misspelt field would otherwise be dropped without a word). */
    public void onlyKnown(JsonNode object, String path, Set<String> known) {
        if (object == null) {
            return;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(at(path, name), "is not a field of this request");
            }
        }
    }

    public String text(JsonNode object, String path, String name, int maxLength, boolean required) {
        JsonNode value = value(object, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problem(at(path, name), "must be a string");
            return null;
        }
        String text = value.textValue();
        if (required && text.isBlank()) {
            problem(at(path, name), "must not be empty");
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            problem(at(path, name), "is longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    public String uuid(JsonNode object, String path, String name, boolean required) {
        String text = text(object, path, name, 36, required);
        if (text == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(text).matches()) {
            problem(at(path, name), "must be a UUID such as 0193a5c2-7d1e-7c4b-9f00-2b6c1d9e8a10");
            return null;
        }
        return UUID.fromString(text).toString();
    }

    public <E extends Enum<E>> E enumValue(JsonNode object, String path, String name, Class<E> type, boolean required) {
        String text = text(object, path, name, 40, required);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                return constant;
            }
        }
        problem(at(path, name), "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + " (was \"" + text + "\")");
        return null;
    }

    public Long integer(JsonNode object, String path, String name, long min, long max, boolean required) {
        JsonNode value = value(object, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem(at(path, name), "must be a whole number");
            return null;
        }
        long n = value.longValue();
        if (n < min || n > max) {
            problem(at(path, name), min == 1 && max == Long.MAX_VALUE ? "must be positive (was " + n + ")"
                    : "must be between " + min + " and " + max + " (was " + n + ")");
            return null;
        }
        return n;
    }

    public Boolean bool(JsonNode object, String path, String name, boolean required) {
        JsonNode value = value(object, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(at(path, name), "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** An ISO-8601 time with an offset ({@code 2026-12-04T09:30:00Z}). */
    public Instant instant(JsonNode object, String path, String name, boolean required) {
        String text = text(object, path, name, 40, required);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problem(at(path, name), "must be an ISO-8601 time with an offset, such as 2026-12-04T09:30:00Z");
            return null;
        }
    }

    public String currency(JsonNode object, String path, String name, boolean required) {
        String text = text(object, path, name, 3, required);
        if (text == null) {
            return null;
        }
        if (!CURRENCY.matcher(text).matches() || !knownCurrency(text)) {
            problem(at(path, name), "must be an ISO 4217 currency code such as USD or KRW (was \"" + text + "\")");
            return null;
        }
        return text;
    }

    /**
     * An amount {@code {"currency": "KRW", "amount_minor": 12000}}; when {@code expectedCurrency} is given the
     * currency must be it. {@code min} bounds the amount (0 for prices and fees).
     */
    public Money money(JsonNode object, String path, String name, String expectedCurrency, long min, boolean required) {
        JsonNode value = value(object, path, name, required);
        if (value == null) {
            return null;
        }
        String here = at(path, name);
        if (object(value, here) == null) {
            return null;
        }
        onlyKnown(value, here, Set.of("currency", "amount_minor"));
        String currency = currency(value, here, "currency", true);
        Long amount = integer(value, here, "amount_minor", min, 1_000_000_000_000L, true);
        if (currency == null || amount == null) {
            return null;
        }
        if (expectedCurrency != null && !expectedCurrency.equals(currency)) {
            problem(here + ".currency", "must be the order's currency " + expectedCurrency + " (was " + currency + ")");
            return null;
        }
        return new Money(currency, amount);
    }

    /** An array of {@code min} to {@code max} items (an empty list when absent and not required). */
    public List<JsonNode> array(JsonNode object, String path, String name, int min, int max, boolean required) {
        JsonNode value = value(object, path, name, required);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(at(path, name), "must be an array");
            return List.of();
        }
        if (value.size() < min || value.size() > max) {
            problem(at(path, name), min == max ? "must have " + min + " items"
                    : "must have " + min + " to " + max + " items (has " + value.size() + ")");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    public List<String> texts(JsonNode object, String path, String name, int maxItems, int maxLength) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> items = array(object, path, name, 0, maxItems, false);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                problem(at(path, name) + "[" + i + "]", "must be a non-empty string");
            } else if (item.textValue().length() > maxLength) {
                problem(at(path, name) + "[" + i + "]", "is longer than " + maxLength + " characters");
            } else {
                texts.add(item.textValue());
            }
        }
        return texts;
    }

    public static String at(String path, String name) { return path.isEmpty() ? name : path + "." + name; }

    public static String item(String path, String name, int index) { return at(path, name) + "[" + index + "]"; }

    private JsonNode value(JsonNode object, String path, String name, boolean required) {
        JsonNode value = object == null ? null : object.get(name);
        if (value == null || value.isNull()) {
            if (required && object != null) {
                problem(at(path, name), "is required");
            }
            return null;
        }
        return value;
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
