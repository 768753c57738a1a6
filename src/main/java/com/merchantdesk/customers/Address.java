package com.merchantdesk.customers;

/**
 * A postal address as the seller typed it. Every part is optional text (never null); a market-stall order
 * usually has none. {@code line1} is the street and number; {@code region} a state or province.
 */
public record Address(String recipient, String phone, String line1, String line2, String city, String region,
                      String postalCode, String country) {

    public static final Address EMPTY = new Address("", "", "", "", "", "", "", "");

    public Address {
        recipient = clean(recipient);
        phone = clean(phone);
        line1 = clean(line1);
        line2 = clean(line2);
        city = clean(city);
        region = clean(region);
        postalCode = clean(postalCode);
        country = clean(country);
    }

    /** No part given. (Not a bean getter, so it stays out of the stored JSON.) */
    public boolean blank() { return equals(EMPTY); }

    /** The address on one line, parts that are present joined by ", ". */
    public String oneLine() {
        return String.join(", ", java.util.stream.Stream.of(recipient, line1, line2, city, region, postalCode, country)
                .filter(s -> !s.isEmpty()).toList());
    }

    private static String clean(String s) { return s == null ? "" : s.strip(); }
}
