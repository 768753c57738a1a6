package com.merchantdesk.platform.carriers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A carrier as the desk and the platform both know it: its tracking numbers' form and check digit, the web
 * address that shows a parcel, and its services.
 *
 * @param code                short code, e.g. {@code HANA}; unique, compared without regard to case
 * @param trackingPattern     a regular expression a whole tracking number must match. To let
 *                            {@link #trackingNumberFor} make numbers, the demo carriers use only literal letters and
 *                            digits, {@code \d{n}} and {@code [A-Z]{n}}
 * @param checkDigit          the algorithm over the number's digits (check digit last)
 * @param trackingUrlTemplate the parcel's page, {@code {tracking}} standing for the number
 */
public record CarrierDefinition(String code, String name, String trackingPattern, CheckDigit checkDigit,
                                String trackingUrlTemplate, List<CarrierService> services) {

    /** Where the tracking number goes in {@link #trackingUrlTemplate}. */
    public static final String TRACKING_PLACEHOLDER = "{tracking}";

    private static final Pattern TEMPLATE_PART = Pattern.compile("(\\\\d)(?:\\{(\\d+)})?|(\\[A-Z])(?:\\{(\\d+)})?|([A-Z0-9])");

    public CarrierDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trackingPattern, "trackingPattern");
        Objects.requireNonNull(checkDigit, "checkDigit");
        trackingUrlTemplate = trackingUrlTemplate == null ? "" : trackingUrlTemplate;
        services = List.copyOf(services);
    }

    /** True when the whole number matches the pattern and its digits carry a correct check digit. */
    public boolean accepts(String trackingNumber) {
        if (trackingNumber == null || !Pattern.compile(trackingPattern).matcher(trackingNumber).matches()) {
            return false;
        }
        return checkDigit.isValid(digitsOf(trackingNumber));
    }

    /** The number as typed or scanned, without spaces and dashes a person adds, in capitals. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The parcel's web address, or empty when the carrier has no tracking page. */
    public String trackingUrl(String trackingNumber) {
        return trackingUrlTemplate.isEmpty() ? "" : trackingUrlTemplate.replace(TRACKING_PLACEHOLDER, trackingNumber);
    }

    public Optional<CarrierService> service(String serviceCode) {
        return services.stream().filter(s -> s.code().equalsIgnoreCase(serviceCode)).findFirst();
    }

    /**
     * A valid tracking number for waybill {@code serial} (the sandbox allocates waybills with it): the pattern's
     * digit runs are filled with the serial's digits, zero-padded (the last digit being the check digit when the
     * carrier has one), letter runs with {@code A}.
     *
     * @throws IllegalArgumentException when the serial is negative or does not fit the digits
     * @throws IllegalStateException    when the pattern uses more than literals, {@code \d{n}} and {@code [A-Z]{n}}
     */
    public String trackingNumberFor(long serial) {
        if (serial < 0) {
            throw new IllegalArgumentException("negative serial " + serial);
        }
        List<Object> parts = templateParts();
        int digits = parts.stream().filter(p -> p instanceof Integer n && n > 0).mapToInt(p -> (Integer) p).sum();
        int payloadDigits = digits - checkDigit.length();
        String serialText = Long.toString(serial);
        if (payloadDigits <= 0 || serialText.length() > payloadDigits) {
            throw new IllegalArgumentException("serial " + serial + " does not fit " + code + "'s " + payloadDigits + " digits");
        }
        String filledDigits = checkDigit.complete("0".repeat(payloadDigits - serialText.length()) + serialText);
        StringBuilder number = new StringBuilder();
        int next = 0;
        for (Object part : parts) {
            if (part instanceof String literal) {
                number.append(literal);
            } else if ((Integer) part > 0) {
                int n = (Integer) part;
                number.append(filledDigits, next, next + n);
                next += n;
            } else {
                number.append("A".repeat(-(Integer) part));
            }
        }
        return number.toString();
    }

    /** Literal text as strings; a digit run of n as n, a letter run of n as -n. */
    private List<Object> templateParts() {
        List<Object> parts = new ArrayList<>();
        Matcher m = TEMPLATE_PART.matcher(trackingPattern);
        int at = 0;
        while (at < trackingPattern.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalStateException(code + "'s pattern " + trackingPattern + " cannot be filled in");
            }
            if (m.group(1) != null) {
                parts.add(m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                parts.add(-(m.group(4) == null ? 1 : Integer.parseInt(m.group(4))));
            } else {
                String literal = m.group(5);
                if (Character.isDigit(literal.charAt(0))) {
                    throw new IllegalStateException(code + "'s pattern has a literal digit; it cannot be filled in");
                }
                parts.add(literal);
            }
            at = m.end();
        }
        return parts;
    }

    private static String digitsOf(String number) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char ch = number.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        return digits.toString();
    }
}
