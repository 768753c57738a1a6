package com.merchantdesk.orders.documents;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a width: at the places the language allows (spaces in English
 * and Korean, between any two ideographs in Chinese), and inside a word only when the word alone is
 * too wide (long SKU codes, URLs). Line breaks in the text are kept.
 */
public final class TextWrap {

    private TextWrap() {}

    public static List<String> lines(String text, float maxWidth, ToDoubleFunction<String> width, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph.strip(), maxWidth, width, locale, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, ToDoubleFunction<String> width,
                                      Locale locale, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(paragraph);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = paragraph.substring(start, end);
            String candidate = line + piece;
            if (width.applyAsDouble(candidate.stripTrailing()) <= maxWidth) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            // The piece alone may still be too wide: cut it character by character.
            for (int i = 0; i < piece.length(); ) {
                int cp = piece.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width.applyAsDouble(next.stripTrailing()) > maxWidth) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString().stripTrailing());
        }
    }
}
