package com.merchantdesk.kernel.csv;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from running as a formula when a person opens the file in a spreadsheet app (OWASP "CSV
 * injection"), and undoes that on import so our own files round-trip exactly. Knows no feature: every CSV
 * written for people (products now, later reports) passes each cell through {@link #escape}.
 *
 * <p>The rule, cell by cell:
 * <ul>
 *   <li>A <b>lead character</b> is {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return: a
 *       spreadsheet app may take a cell starting with one of them for a formula.</li>
 *   <li>A <b>plain number</b> is an optional sign, ASCII digits, and optionally a dot and more digits:
 *       {@code -12.50}, {@code +3}, {@code -0}, {@code 0.5}. Nothing else is: no exponent ({@code -1e3}), no
 *       grouping ({@code -1,250}), no spaces, no missing digits ({@code -.5}, {@code -5.}). A plain number stays
 *       as it is, so it is still a number in the spreadsheet.</li>
 *   <li>{@link #escape} puts one {@code '} in front of any other text that starts with a lead character, or
 *       with one or more {@code '} followed by a lead character. The second case keeps text that itself
 *       starts with a quote apart from an escape: {@code '=x} is written {@code ''=x}.</li>
 *   <li>{@link #unescape} takes one {@code '} off a cell that starts with one or more {@code '} followed by a
 *       lead character, and leaves every other cell alone ({@code 'abc} stays {@code 'abc}).</li>
 * </ul>
 * So {@code unescape(escape(t))} is {@code t} for every text. A cell a person wrote unescaped (a formula
 * typed in a spreadsheet and saved as CSV) is reported by {@link #looksLikeFormula}.
 */
public final class SpreadsheetSafeText {

    /** Put in front of a cell to make a spreadsheet app keep it as text. */
    public static final char TEXT_MARK = '\'';

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetSafeText() {}

    /** The cell to write for {@code text}: the text itself, or with a {@code '} in front (see the class comment). */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsWithLeadAfterMarks(text, 0) && !isPlainNumber(text) ? TEXT_MARK + text : text;
    }

    /** The text a cell written by {@link #escape} stands for. */
    public static String unescape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return startsWithLeadAfterMarks(cell, 1) ? cell.substring(1) : cell;
    }

    /**
     * Whether a cell as read (before {@link #unescape}) starts with a lead character and is not a plain
     * number: a spreadsheet app would have run it as a formula. An escaped cell does not.
     */
    public static boolean looksLikeFormula(String cell) {
        return cell != null && !cell.isEmpty() && isLead(cell.charAt(0)) && !isPlainNumber(cell);
    }

    /** An optional sign, digits, and optionally a dot and digits: left as it is by {@link #escape}. */
    public static boolean isPlainNumber(String text) {
        return text != null && PLAIN_NUMBER.matcher(text).matches();
    }

    /** Whether a cell starting with {@code c} may be taken for a formula. */
    public static boolean isLead(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** At least {@code minMarks} leading {@code '}, then a lead character. */
    private static boolean startsWithLeadAfterMarks(String text, int minMarks) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == TEXT_MARK) {
            i++;
        }
        return i >= minMarks && i < text.length() && isLead(text.charAt(i));
    }
}
