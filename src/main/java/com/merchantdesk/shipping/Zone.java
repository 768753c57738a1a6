package com.merchantdesk.shipping;

/** Where a parcel goes, seen from the shop: within its country or abroad. */
public enum Zone {
    DOMESTIC, INTERNATIONAL;

    /**
     * The zone of an address in {@code country} for a shop in {@code shopCountry} (ISO 3166 codes, any case). An
     * address without a country is taken to be in the shop's.
     */
    public static Zone of(String country, String shopCountry) {
        String c = country == null ? "" : country.strip();
        return c.isEmpty() || c.equalsIgnoreCase(shopCountry == null ? "" : shopCountry.strip()) ? DOMESTIC : INTERNATIONAL;
    }

    public String messageKey() { return "shipping.zone." + name(); }
}
