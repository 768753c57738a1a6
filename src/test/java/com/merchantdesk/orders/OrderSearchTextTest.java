package com.merchantdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An order's index words: its number whole, by parts and by its sequence without zeros; the phone by its digits. */
class OrderSearchTextTest {

    @Test
    void theNumbersSequenceIsIndexedWithoutItsLeadingZerosButNeverEmpty() {
        assertThat(OrderSearchText.orderTerms("D-2026-000123", "Lee Jiwoo", "010-1234-5678", List.of("TS-RED-M")).split(" "))
                .contains("d-2026-000123", "2026", "000123", "123", "lee", "jiwoo", "01012345678", "ts-red-m", "red");
        assertThat(OrderSearchText.orderTerms("P-2026-0000000", "", "", List.of()).split(" ")).contains("0");
        assertThat(OrderSearchText.orderTerms("B2:D-2026-000450", "", "", List.of()).split(" ")).contains("450");
    }
}
