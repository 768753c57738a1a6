package com.merchantdesk.orders.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class DocumentFontsTest {

    @Test
    void latinGoesToDejaVuAndHangulAndHanziToTheCjkFont() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            DocumentFonts fonts = DocumentFonts.embedIn(pdf);

            List<DocumentFonts.Run> runs = fonts.runs("Linen 린넨 셔츠 亚麻衬衫 ₩59,000", false);

            assertThat(runs).extracting(DocumentFonts.Run::text)
                    .containsExactly("Linen ", "린넨", " ", "셔츠", " ", "亚麻衬衫", " ₩59,000");
            assertThat(runs).extracting(r -> r.font().getName())
                    .containsExactly("DejaVuSans", "DroidSansFallback", "DejaVuSans", "DroidSansFallback", "DejaVuSans",
                            "DroidSansFallback", "DejaVuSans");
            assertThat(runs).noneMatch(DocumentFonts.Run::syntheticBold);
        }
    }

    @Test
    void boldHangulIsDrawnOutlinedBecauseTheCjkFontHasNoBold() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            List<DocumentFonts.Run> runs = DocumentFonts.embedIn(pdf).runs("Total 합계", true);

            assertThat(runs).extracting(r -> r.font().getName()).containsExactly("DejaVuSans-Bold", "DroidSansFallback");
            assertThat(runs).extracting(DocumentFonts.Run::syntheticBold).containsExactly(false, true);
        }
    }

    @Test
    void controlCharactersBecomeSpacesOrGo() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            List<DocumentFonts.Run> runs = DocumentFonts.embedIn(pdf).runs("a\tb\u200Bc\u0007", false);

            assertThat(runs).extracting(DocumentFonts.Run::text).containsExactly("a bc");
        }
    }

    @Test
    void theFontsAndTheirLicencesShipInsideTheApp() {
        for (ShippedFonts font : ShippedFonts.values()) {
            assertThat(font.bytes()).as(font.resource()).hasSizeGreaterThan(100_000);
            assertThat(font.bytes()).as("same bytes on the second call, read once").isSameAs(font.bytes());
        }
        assertThat(DocumentFontsTest.class.getResource("/fonts/LICENSE-DejaVu.txt")).isNotNull();
        assertThat(DocumentFontsTest.class.getResource("/fonts/LICENSE-DroidSansFallback.txt")).isNotNull();
    }
}
