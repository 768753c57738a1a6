package com.merchantdesk.shipping.pool;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of consecutive waybill numbers given by its first and last number, as carriers hand them out: the serial
 * (the digits before the check digit) counts up, letters stay, and each number gets its own check digit.
 */
final class WaybillRange {

    /** The largest block one import takes; carriers hand out blocks of hundreds or thousands. */
    static final int MAX_NUMBERS = 100_000;
    private static final String FIELD = "range";

    private WaybillRange() {}

    /** Every number from {@code from} to {@code to}, both included; refuses ends the carrier would not accept. */
    static List<PoolEntry> expand(CarrierDefinition carrier, String fromText, String toText) {
        String from = CarrierDefinition.normalize(fromText);
        String to = CarrierDefinition.normalize(toText);
        List<FieldError> errors = new ArrayList<>();
        checkEnd(carrier, from, errors);
        checkEnd(carrier, to, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!skeleton(from).equals(skeleton(to))) {
            throw refused("shipping.pool.rangeShape", from, to);
        }
        int checkLength = carrier.checkDigit().length();
        String fromPayload = digits(from).substring(0, digits(from).length() - checkLength);
        String toPayload = digits(to).substring(0, digits(to).length() - checkLength);
        if (fromPayload.isEmpty() || fromPayload.length() > 18) {
            throw refused("shipping.pool.rangeShape", from, to);
        }
        long first = Long.parseLong(fromPayload);
        long last = Long.parseLong(toPayload);
        if (first > last) {
            throw refused("shipping.pool.rangeBackwards", from, to);
        }
        if (last - first + 1 > MAX_NUMBERS) {
            throw refused("shipping.pool.rangeTooLarge", from, to, last - first + 1, MAX_NUMBERS);
        }
        List<PoolEntry> numbers = new ArrayList<>((int) (last - first + 1));
        String skeleton = skeleton(from);
        for (long serial = first; serial <= last; serial++) {
            String payload = String.valueOf(serial);
            payload = "0".repeat(fromPayload.length() - payload.length()) + payload;
            numbers.add(new PoolEntry(FIELD, fill(skeleton, carrier.checkDigit().complete(payload))));
        }
        return numbers;
    }

    private static void checkEnd(CarrierDefinition carrier, String end, List<FieldError> errors) {
        if (end.isEmpty()) {
            errors.add(FieldError.of(FIELD, "shipping.pool.rangeFormat"));
        } else if (!java.util.regex.Pattern.compile(carrier.trackingPattern()).matcher(end).matches()) {
            errors.add(FieldError.of(FIELD, "shipping.pool.numberNotCarrier", end, carrier.name(), example(carrier)));
        } else if (!carrier.accepts(end)) {
            errors.add(FieldError.of(FIELD, "shipping.validation.trackingCheckDigit", end, carrier.name()));
        }
    }

    static String example(CarrierDefinition d) {
        try {
            return d.trackingNumberFor(12_345_678);
        } catch (RuntimeException e) {
            return d.trackingPattern();
        }
    }

    private static ValidationException refused(String key, Object... args) {
        return new ValidationException(FieldError.of(FIELD, key, args));
    }

    /** The number with each digit replaced by '#'. */
    private static String skeleton(String number) { return number.replaceAll("[0-9]", "#"); }

    private static String digits(String number) { return number.replaceAll("[^0-9]", ""); }

    private static String fill(String skeleton, String digits) {
        StringBuilder out = new StringBuilder(skeleton.length());
        int next = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            char ch = skeleton.charAt(i);
            out.append(ch == '#' ? digits.charAt(next++) : ch);
        }
        return out.toString();
    }
}
