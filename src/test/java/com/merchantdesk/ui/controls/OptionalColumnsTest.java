package com.merchantdesk.ui.controls;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Optional columns give way, least needed first, while the table is too narrow, and come back once there is room. */
class OptionalColumnsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static TableColumn<String, String> column(String id, double minWidth) {
        TableColumn<String, String> column = new TableColumn<>(id);
        column.setId(id);
        column.setMinWidth(minWidth);
        return column;
    }

    private static List<String> shown(TableView<String> table) {
        return onFx(() -> table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList());
    }

    @Test
    void theLeastNeededGoFirstAndComeBackLast() {
        TableView<String> table = onFx(TableView::new);
        TableColumn<String, String> number = column("number", 100);
        TableColumn<String, String> total = column("total", 100);
        TableColumn<String, String> channel = column("channel", 60);
        TableColumn<String, String> lines = column("lines", 40);
        runFx(() -> {
            table.getColumns().setAll(List.of(number, channel, total, lines));
            OptionalColumns.install(table, List.of(lines, channel));
        });
        double room = OptionalColumns.SCROLL_BAR + onFx(() -> table.snappedLeftInset() + table.snappedRightInset());

        runFx(() -> table.resize(room + 300, 100));
        assertThat(shown(table)).containsExactly("number", "channel", "total", "lines");
        runFx(() -> table.resize(room + 299, 100));
        assertThat(shown(table)).as("the lines count gives way first").containsExactly("number", "channel", "total");
        runFx(() -> table.resize(room + 200, 100));
        assertThat(shown(table)).containsExactly("number", "total");
        runFx(() -> table.resize(room + 259, 100));
        assertThat(shown(table)).as("not yet room for the channel").containsExactly("number", "total");
        runFx(() -> table.resize(room + 260, 100));
        assertThat(shown(table)).containsExactly("number", "channel", "total");
        runFx(() -> table.resize(room + 400, 100));
        assertThat(shown(table)).containsExactly("number", "channel", "total", "lines");
    }

    @Test
    void aColumnTheSellerHidItselfStaysHidden() {
        TableView<String> table = onFx(TableView::new);
        TableColumn<String, String> number = column("number", 100);
        TableColumn<String, String> channel = column("channel", 60);
        runFx(() -> {
            table.getColumns().setAll(List.of(number, channel));
            OptionalColumns.install(table, List.of(channel));
            table.resize(500, 100);
            channel.setVisible(false);
            table.resize(600, 100);
        });
        assertThat(shown(table)).containsExactly("number");
    }
}
