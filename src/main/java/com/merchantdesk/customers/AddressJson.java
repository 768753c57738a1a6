package com.merchantdesk.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.StoreException;

/** The stored form of an {@link Address}: a JSON object (also written by the synthetic data generator). */
public final class AddressJson {

    private AddressJson() {}

    public static String write(Address address) {
        try {
            return Json.mapper().writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode an address", e);
        }
    }

    public static Address read(String json) {
        if (json == null || json.isBlank() || json.equals("{}")) {
            return Address.EMPTY;
        }
        try {
            return Json.mapper().readValue(json, Address.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored address is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
