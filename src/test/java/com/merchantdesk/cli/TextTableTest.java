package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.cli.TextTable.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void koreanAndChineseCountTwoColumns() {
        assertThat(TextTable.width("Mug")).isEqualTo(3);
        assertThat(TextTable.width("머그컵")).isEqualTo(6);
        assertThat(TextTable.width("马克杯 M")).isEqualTo(8);
        assertThat(TextTable.width("e\u0301")).isEqualTo(1);
    }

    @Test
    void columnsLineUpAndLongCellsAreCut() {
        TextTable table = new TextTable(List.of(new Column("Name", false, 8), new Column("Qty", true, 5)));
        table.add("머그컵", "3");
        table.add("Mug", "120");
        table.add("A very long title", "7");

        assertThat(table.lines()).containsExactly(
                "Name      Qty",
                "머그컵      3",
                "Mug       120",
                "A very …    7");
    }

    @Test
    void cutNeverSplitsAWideCharacter() {
        assertThat(TextTable.truncate("环保连帽卫衣", 6)).isEqualTo("环保…");
        assertThat(TextTable.width(TextTable.truncate("环保连帽卫衣", 6))).isLessThanOrEqualTo(6);
    }
}
