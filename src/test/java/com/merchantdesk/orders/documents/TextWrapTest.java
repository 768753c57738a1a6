package com.merchantdesk.orders.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    /** One unit per character: easy widths to reason about. */
    private static final ToDoubleFunction<String> CHARS = s -> s.codePointCount(0, s.length());

    @Test
    void breaksBetweenWordsAndKeepsShortTextWhole() {
        assertThat(TextWrap.lines("Linen shirt", 20, CHARS, Locale.ENGLISH)).containsExactly("Linen shirt");
        assertThat(TextWrap.lines("Stoneware mug, hand-glazed in Devon", 15, CHARS, Locale.ENGLISH))
                .containsExactly("Stoneware mug,", "hand-glazed in", "Devon");
    }

    @Test
    void koreanBreaksAtSpacesAndChineseBetweenIdeographs() {
        assertThat(TextWrap.lines("린넨 와이드 팬츠", 6, CHARS, Locale.KOREAN)).containsExactly("린넨 와이드", "팬츠");
        List<String> chinese = TextWrap.lines("浙江省杭州市西湖区文三路", 5, CHARS, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).containsExactly("浙江省杭州", "市西湖区文", "三路");
    }

    @Test
    void aWordWiderThanTheLineIsCut() {
        assertThat(TextWrap.lines("LIN-SHIRT-NATURAL-XXL", 8, CHARS, Locale.ENGLISH))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(8))
                .extracting(s -> s).satisfies(lines -> assertThat(String.join("", lines)).isEqualTo("LIN-SHIRT-NATURAL-XXL"));
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(TextWrap.lines("12 Market Street\r\nBrighton\n\nUK", 40, CHARS, Locale.ENGLISH))
                .containsExactly("12 Market Street", "Brighton", "", "UK");
    }
}
