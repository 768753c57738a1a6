package com.merchantdesk.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBreaksListsAndEntitiesBecomeReadableText() {
        assertThat(HtmlText.toText("<p>One &amp; two</p><p>Three<br/>four</p><ul><li>a</li><li>b <em>c</em></li></ul>"))
                .isEqualTo("One & two\n\nThree\nfour\n\n- a\n- b c");
    }

    @Test
    void scriptsStylesAndUnclosedTagsAreHandledAsABrowserWould() {
        assertThat(HtmlText.toText("<style>p{color:red}</style><p>Soft<script>alert(1)</script> linen<p>Second"))
                .isEqualTo("Soft linen\n\nSecond");
    }

    @Test
    void plainTextStaysAsItIs() {
        assertThat(HtmlText.toText("Just text, 5 < 6")).isEqualTo("Just text, 5 < 6");
    }

    @Test
    void ourTextToHtmlAndBackIsTheSameText() {
        String text = "Soft, <breathable> & \"light\".\n\nLine one\nLine two";
        assertThat(HtmlText.toHtml(text)).isEqualTo(
                "<p>Soft, &lt;breathable&gt; &amp; &quot;light&quot;.</p><p>Line one<br>Line two</p>");
        assertThat(HtmlText.toText(HtmlText.toHtml(text))).isEqualTo(text);
    }
}
