package com.merchantdesk.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns catalogue fields into the words the full-text index holds, and the seller's search box into an
 * FTS5 query: every word must match as a prefix. Codes such as {@code TS-RED-M} are indexed whole and by
 * their parts, so both "ts-r" and "red" find them.
 */
public final class SearchText {

    /** The longest prefix the index keeps ready-made lists for ({@code prefix = '1 2 3'} in V1__catalog.sql). */
    static final int INDEXED_PREFIX_LENGTH = 3;

    /** Runs of the joiners a code's parts are split at (compiled once: every indexed word may need it). */
    private static final Pattern JOINERS = Pattern.compile("[-_./]+");

    private SearchText() {}

    /** The index text for one SKU. */
    public static String terms(String title, String category, List<String> optionValues, String code, String barcode) {
        Set<String> words = new LinkedHashSet<>();
        addWords(words, title);
        addWords(words, category);
        optionValues.forEach(v -> addWords(words, v));
        addWords(words, code);
        addWords(words, barcode);
        return String.join(" ", words);
    }

    private static void addWords(Set<String> words, String text) {
        if (text == null) {
            return;
        }
        for (String word : words(text)) {
            words.add(word);
            if (hasJoiner(word)) {
                for (String part : JOINERS.split(word)) {
                    if (!part.isEmpty()) {
                        words.add(part);
                    }
                }
            }
        }
    }

    /** Words as the index tokenizer sees them: letters, digits and the joiners - _ . / */
    static List<String> words(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // NFKC: full-width letters and digits from a CJK input method are the same words as ASCII ones.
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '/') {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                result.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            result.add(word.toString());
        }
        return result.stream().map(SearchText::trimJoiners).filter(w -> !w.isEmpty()).toList();
    }

    /** The word without joiners at its ends (what {@code ^[-_./]+|[-_./]+$} removes; by hand, as it runs per word). */
    private static String trimJoiners(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isJoiner(word.charAt(start))) {
            start++;
        }
        while (end > start && isJoiner(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean hasJoiner(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isJoiner(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(char ch) {
        return ch == '-' || ch == '_' || ch == '.' || ch == '/';
    }

    /**
     * Whether every word of {@code typed} is short enough for the index's ready-made prefix lists; longer prefixes
     * make SQLite merge the lists of every word they start, each time the expression is evaluated.
     */
    static boolean onlyIndexedPrefixes(String typed) {
        return words(typed == null ? "" : typed).stream()
                .allMatch(w -> w.codePointCount(0, w.length()) <= INDEXED_PREFIX_LENGTH);
    }

    /** An FTS5 MATCH expression where every typed word is a prefix, or empty when nothing searchable was typed. */
    public static String matchExpression(String typed) {
        List<String> parts = words(typed == null ? "" : typed).stream()
                .map(w -> "\"" + w.replace("\"", "") + "\"*")
                .toList();
        return String.join(" ", parts);
    }
}
