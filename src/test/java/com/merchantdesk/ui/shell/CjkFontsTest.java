package com.merchantdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CjkFontsTest {

    private static final List<String> NOTO = List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK SC");
    private static final Locale KOREAN = Locale.forLanguageTag("ko");
    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Test
    void koreanAndChineseWindowsGetTheirOwnVariant() {
        assertThat(CjkFonts.familyFor("Linux", KOREAN, Locale.US, NOTO)).contains("Noto Sans CJK KR");
        assertThat(CjkFonts.familyFor("Linux", CHINESE, Locale.US, NOTO)).contains("Noto Sans CJK SC");
        assertThat(CjkFonts.familyFor("Linux", CHINESE, Locale.US, List.of("WenQuanYi Zen Hei"))).contains("WenQuanYi Zen Hei");
    }

    @Test
    void englishWindowStillShowsHangulAndHanzi() {
        assertThat(CjkFonts.familyFor("Linux", Locale.ENGLISH, CHINESE, NOTO)).contains("Noto Sans CJK SC");
        assertThat(CjkFonts.familyFor("Linux", Locale.ENGLISH, Locale.US, NOTO)).contains("Noto Sans CJK KR");
    }

    @Test
    void nothingIsNamedWithoutCjkFontsOrOffLinux() {
        assertThat(CjkFonts.familyFor("Linux", KOREAN, Locale.US, List.of("DejaVu Sans"))).isEmpty();
        assertThat(CjkFonts.familyFor("Windows 11", KOREAN, Locale.US, List.of("Noto Sans CJK KR"))).isEmpty();
        assertThat(CjkFonts.familyFor("Mac OS X", KOREAN, Locale.US, NOTO)).isEmpty();
    }
}
