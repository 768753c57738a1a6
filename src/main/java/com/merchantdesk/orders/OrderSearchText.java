package com.merchantdesk.orders;

import com.merchantdesk.catalog.SearchText;
import com.merchantdesk.customers.CustomerRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the order search index holds (a customer's words: {@code customers.CustomerSearchText}). Tokenised
 * like the product search ({@link SearchText}), so codes such as {@code D-2026-000123} or {@code 010-1234-5678} are found whole and
 * by any part, and a phone also by its digits alone; an order number also by its sequence without zeros
 * ({@code 123}). Public for the synthetic data generator, which writes the same index rows.
 */
public final class OrderSearchText {

    private static final String STATUS_FACET = "s_";
    private static final String CHANNEL_FACET = "c_";

    private OrderSearchText() {}

    public static String orderTerms(String number, String customerName, String phone, Collection<String> skuCodes) {
        List<String> texts = new ArrayList<>(List.of(number, customerName, phone));
        texts.addAll(skuCodes);
        Set<String> words = words(texts);
        String sequence = number.substring(number.lastIndexOf('-') + 1);
        int zeros = 0;
        while (zeros < sequence.length() - 1 && sequence.charAt(zeros) == '0') {
            zeros++;
        }
        sequence = sequence.substring(zeros);
        words.add(sequence);
        addDigits(words, phone);
        return String.join(" ", words);
    }

    /** The facets column of an order's index row: {@code s_delivered c_phone}. */
    public static String facets(OrderStatus status, Channel channel) {
        return STATUS_FACET + status.name().toLowerCase(Locale.ROOT) + " " + CHANNEL_FACET + channel.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The FTS5 query for the seller's words ({@link SearchText#matchExpression}, matched against the terms column
     * only) narrowed to the given statuses and channels (all of them: no narrowing); empty when nothing
     * searchable was typed.
     */
    static String match(String typed, Set<OrderStatus> statuses, Set<Channel> channels) {
        String words = SearchText.matchExpression(typed);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder match = new StringBuilder("terms : (").append(words).append(')');
        if (statuses.size() < OrderStatus.values().length) {
            match.append(" AND facets : (").append(String.join(" OR ", statuses.stream()
                    .map(s -> STATUS_FACET + s.name().toLowerCase(Locale.ROOT)).toList())).append(')');
        }
        if (channels.size() < Channel.values().length) {
            match.append(" AND facets : (").append(String.join(" OR ", channels.stream()
                    .map(c -> CHANNEL_FACET + c.name().toLowerCase(Locale.ROOT)).toList())).append(')');
        }
        return match.toString();
    }

    private static Set<String> words(List<String> texts) {
        String joined = String.join(" ", texts.stream().map(t -> t == null ? "" : t).toList());
        Set<String> words = new LinkedHashSet<>();
        for (String w : SearchText.terms(joined, null, List.of(), null, null).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static void addDigits(Set<String> words, String phone) {
        String digits = CustomerRules.digits(phone);
        if (!digits.isEmpty()) {
            words.add(digits);
        }
    }
}
