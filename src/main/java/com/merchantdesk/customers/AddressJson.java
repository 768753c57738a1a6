package com.merchantdesk.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.StoreException;

/**
 * The stored form of an {@link Address} (also written by the synthetic data generator): a JSON array of its
 * eight parts in the record's order, {@code ["Kim Minji","010-1234-5678","12 Main St","","Seoul","","04524",""]},
 * or {@code {}} when it is blank. The part names are left out: in a JSON object they took 95 of an address's
 * 126 bytes, over a million orders. Rows written before schema V3 hold such an object; they are still read.
 */
public final class AddressJson {

    private static final String BLANK = "{}";

    private AddressJson() {}

    public static String write(Address address) {
        if (address == null || address.blank()) {
            return BLANK;
        }
        try {
            return Json.mapper().writeValueAsString(new String[] {address.recipient(), address.phone(), address.line1(),
                address.line2(), address.city(), address.region(), address.postalCode(), address.country()});
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode an address", e);
        }
    }

    public static Address read(String json) {
        if (json == null || json.isBlank() || json.equals(BLANK)) {
            return Address.EMPTY;
        }
        try {
            if (json.startsWith("[")) {
                String[] p = Json.mapper().readValue(json, String[].class);
                if (p.length != 8) {
                    throw new StoreException("Stored address has " + p.length + " parts instead of 8: " + json);
                }
                return new Address(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
            }
            return Json.mapper().readValue(json, Address.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored address is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
