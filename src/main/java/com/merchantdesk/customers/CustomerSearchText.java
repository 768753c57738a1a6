package com.merchantdesk.customers;

import com.merchantdesk.catalog.SearchText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words the customer search index holds: name, phone and email tokenised like the product search
 * ({@link SearchText}), and the phone also by its digits alone. Public for the synthetic data generator, which
 * writes the same index rows.
 */
public final class CustomerSearchText {

    private CustomerSearchText() {}

    public static String terms(String name, String phone, String email) {
        String joined = String.join(" ", name == null ? "" : name, phone == null ? "" : phone, email == null ? "" : email);
        Set<String> words = new LinkedHashSet<>();
        for (String w : SearchText.terms(joined, null, List.of(), null, null).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        String digits = CustomerRules.digits(phone);
        if (!digits.isEmpty()) {
            words.add(digits);
        }
        return String.join(" ", words);
    }
}
