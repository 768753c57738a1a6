package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Address;
import com.merchantdesk.sandbox.http.Fields;
import java.util.Set;

/** Reads an address object of a request (an order's ship_to, a customer's addresses). */
final class Addresses {

    static final Set<String> FIELDS = Set.of("recipient", "phone", "line1", "line2", "city", "region", "postal_code", "country");

    private Addresses() {}

    /** The address at {@code path}, or null when absent or bad (then {@code f} holds the problems). */
    static Address read(Fields f, JsonNode node, String path) {
        if (node == null || node.isNull() || f.object(node, path) == null) {
            return null;
        }
        f.onlyKnown(node, path, FIELDS);
        String country = f.text(node, path, "country", 2, true);
        if (country != null && !country.matches("[A-Z]{2}")) {
            f.problem(path + ".country", "must be an ISO 3166-1 alpha-2 code such as KR, CN or US");
        }
        return new Address(f.text(node, path, "recipient", 120, true), f.text(node, path, "phone", 40, false),
                f.text(node, path, "line1", 200, true), f.text(node, path, "line2", 200, false), f.text(node, path, "city", 120, true),
                f.text(node, path, "region", 120, false), f.text(node, path, "postal_code", 20, false), country);
    }
}
