package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @Test
    void termsHoldEveryWordOnceWithCodesWholeAndInParts() {
        String terms = SearchText.terms("Linen T-Shirt", "Apparel / Tops", List.of("Red", "M"), "TS-RED-M", "4006381333931");
        assertThat(terms.split(" ")).containsExactly(
                "linen", "t-shirt", "t", "shirt", "apparel", "tops", "red", "m", "ts-red-m", "ts", "4006381333931");
    }

    @Test
    void termsKeepKoreanAndChineseWords() {
        assertThat(SearchText.terms("린넨 티셔츠", "의류", List.of(), "KR_01", null).split(" "))
                .containsExactly("린넨", "티셔츠", "의류", "kr_01", "kr", "01");
        assertThat(SearchText.terms("亚麻衬衫", "服装", List.of("红色"), "CN.7", null).split(" "))
                .containsExactly("亚麻衬衫", "服装", "红色", "cn.7", "cn", "7");
    }

    @Test
    void wordsDropPunctuationAndLeadingOrTrailingJoiners() {
        assertThat(SearchText.words("  \"Hello,\" (world)! --x-- ./ a.b ")).containsExactly("hello", "world", "x", "a.b");
        assertThat(SearchText.words("")).isEmpty();
    }

    @Test
    void fullWidthLettersAreTheSameWordsAsAscii() {
        assertThat(SearchText.words("ＴＳ－ＲＥＤ　Ｍｕｇ１")).containsExactly("ts-red", "mug1");
        assertThat(SearchText.matchExpression("ｍｕｇ")).isEqualTo(SearchText.matchExpression("mug"));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "lin                | '\"lin\"*'",
            "Linen shirt        | '\"linen\"* \"shirt\"*'",
            "ts-bl              | '\"ts-bl\"*'",
            "'\"'               | ''",
            "'\"\"'             | ''",
            "*                  | ''",
            "-                  | ''",
            "^                  | ''",
            "'('                | ''",
            "':'                | ''",
            "AND                | '\"and\"*'",
            "OR(                | '\"or\"*'",
            "NOT x              | '\"not\"* \"x\"*'",
            "NEAR               | '\"near\"*'",
            "'NEAR(a b, 2)'     | '\"near\"* \"a\"* \"b\"* \"2\"*'",
            "'title:mug'        | '\"title\"* \"mug\"*'",
            "'a\"b'             | '\"a\"* \"b\"*'",
            "'{col}'            | '\"col\"*'",
            "'-red'             | '\"red\"*'",
            "'+mug'             | '\"mug\"*'",
            "티셔츠              | '\"티셔츠\"*'",
            "亚麻                | '\"亚麻\"*'",
    })
    void matchExpressionQuotesEveryWordAsAPrefix(String typed, String expression) {
        assertThat(SearchText.matchExpression(typed)).isEqualTo(expression);
    }

    @Test
    void nothingSearchableGivesAnEmptyExpression() {
        assertThat(SearchText.matchExpression(null)).isEmpty();
        assertThat(SearchText.matchExpression("   ")).isEmpty();
        assertThat(SearchText.matchExpression("\"*^-()")).isEmpty();
    }
}
