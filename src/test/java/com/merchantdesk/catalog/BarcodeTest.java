package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeTest {

    @Test
    void thirteenDigitsWithTheRightCheckDigitAreEan13() {
        Barcode b = Barcode.parse(" 4006381333931 ");
        assertThat(b.symbology()).isEqualTo(Barcode.Symbology.EAN_13);
        assertThat(b.value()).isEqualTo("4006381333931");
        assertThat(Barcode.parse("8801234567893").symbology()).isEqualTo(Barcode.Symbology.EAN_13);
        assertThat(Barcode.parse("9780306406157").symbology()).isEqualTo(Barcode.Symbology.EAN_13);
    }

    @Test
    void twelveDigitsWithTheRightCheckDigitAreUpcA() {
        assertThat(Barcode.parse("036000291452").symbology()).isEqualTo(Barcode.Symbology.UPC_A);
        assertThat(Barcode.parse("012345678905").symbology()).isEqualTo(Barcode.Symbology.UPC_A);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "4006381333930", "8801234567890", "036000291453", "012345678900"})
    void wrongCheckDigitIsRefused(String code) {
        assertThatThrownBy(() -> Barcode.parse(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validation.barcode.checkDigit");
    }

    @Test
    void checkDigitFollowsTheGs1Rule() {
        assertThat(Barcode.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Barcode.checkDigit("03600029145")).isEqualTo(2);
        assertThat(Barcode.checkDigit("978030640615")).isEqualTo(7);
        assertThat(Barcode.checkDigit("000000000000")).isZero();
        // Every single-digit typo in an EAN-13 is caught.
        String good = "4006381333931";
        for (int position = 0; position < good.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != good.charAt(position)) {
                    String typo = good.substring(0, position) + digit + good.substring(position + 1);
                    assertThatThrownBy(() -> Barcode.parse(typo)).as(typo).hasMessage("validation.barcode.checkDigit");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC-123", "TS RED M", "12345670", "1234567890123456", "40063813339311", "x", "!~"})
    void otherPrintableTextIsFreeCode128(String code) {
        Barcode b = Barcode.parse(code);
        assertThat(b.symbology()).isEqualTo(Barcode.Symbology.CODE_128);
        assertThat(b.value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"코드123", "条码", "café", "ABC\t1", "A\u0000B", "４００６３８１３３３９３１"})
    void nonAsciiOrControlCharactersAreRefused(String code) {
        assertThatThrownBy(() -> Barcode.parse(code)).hasMessage("validation.barcode.characters");
    }

    @Test
    void lengthIsLimited() {
        assertThat(Barcode.parse("A".repeat(48)).symbology()).isEqualTo(Barcode.Symbology.CODE_128);
        assertThatThrownBy(() -> Barcode.parse("A".repeat(49))).hasMessage("validation.barcode.tooLong");
    }

    @Test
    void emptyIsRefused() {
        assertThatThrownBy(() -> Barcode.parse(null)).hasMessage("validation.barcode.empty");
        assertThatThrownBy(() -> Barcode.parse("  ")).hasMessage("validation.barcode.empty");
    }
}
