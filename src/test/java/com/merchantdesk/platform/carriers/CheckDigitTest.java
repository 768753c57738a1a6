package com.merchantdesk.platform.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckDigitTest {

    @Test
    void s10CheckDigitOfTheUpuExample() {
        // EE123456785KR: weights 8 6 4 2 3 5 9 7 over 12345678 sum to 204; 11 - 204 mod 11 = 5.
        assertThat(CheckDigit.S10.complete("12345678")).isEqualTo("123456785");
        assertThat(CheckDigit.S10.isValid("123456785")).isTrue();
        assertThat(CheckDigit.S10.isValid("123456784")).isFalse();
    }

    @Test
    void s10TurnsTenIntoZeroAndElevenIntoFive() {
        // 00000001: sum 7, 11 - 7 = 4; 00000010: sum 9 -> 2; find payloads whose raw check is 10 and 11.
        String ten = null;
        String eleven = null;
        for (int n = 0; n < 1000 && (ten == null || eleven == null); n++) {
            String payload = String.format("%08d", n);
            int sum = 0;
            int[] w = {8, 6, 4, 2, 3, 5, 9, 7};
            for (int i = 0; i < 8; i++) {
                sum += (payload.charAt(i) - '0') * w[i];
            }
            int raw = 11 - sum % 11;
            if (raw == 10 && ten == null) {
                ten = payload;
            } else if (raw == 11 && eleven == null) {
                eleven = payload;
            }
        }
        assertThat(CheckDigit.S10.complete(ten)).endsWith("0");
        assertThat(CheckDigit.S10.complete(eleven)).endsWith("5");
    }

    @Test
    void luhnOfAKnownNumber() {
        // 7992739871 is the textbook Luhn example: check digit 3.
        assertThat(CheckDigit.LUHN.complete("7992739871")).isEqualTo("79927398713");
        assertThat(CheckDigit.LUHN.isValid("79927398713")).isTrue();
        assertThat(CheckDigit.LUHN.isValid("79927398710")).isFalse();
        // A swap of two neighbours is caught.
        assertThat(CheckDigit.LUHN.isValid("97927398713")).isFalse();
    }

    @Test
    void mod7IsTheRemainderOfTheNumberBeforeIt() {
        assertThat(CheckDigit.MOD7.complete("123456789")).isEqualTo("123456789" + (123456789L % 7));
        assertThat(CheckDigit.MOD7.complete("12345678901")).isEqualTo("12345678901" + (12345678901L % 7));
        assertThat(CheckDigit.MOD7.isValid("1234567896")).isEqualTo(123456789L % 7 == 6);
        assertThat(CheckDigit.MOD7.isValid("1234567890")).isEqualTo(123456789L % 7 == 0);
    }

    @Test
    void noneAcceptsAnyDigitsAndAddsNothing() {
        assertThat(CheckDigit.NONE.isValid("12345")).isTrue();
        assertThat(CheckDigit.NONE.complete("12345")).isEqualTo("12345");
        assertThat(CheckDigit.NONE.isValid("12a45")).isFalse();
    }

    @Test
    void refusesWhatIsNotDigits() {
        assertThat(CheckDigit.LUHN.isValid("")).isFalse();
        assertThat(CheckDigit.S10.isValid("12345678")).isFalse();
        assertThatThrownBy(() -> CheckDigit.MOD7.complete("12x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckDigit.S10.complete("1234567")).isInstanceOf(IllegalArgumentException.class);
    }
}
