package com.merchantdesk.ui.controls;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Side by side while the parts fit, stacked when they do not, and back again: decided in each layout pass. */
class ReflowTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void thePartsAreStackedWhenTheWidthTheyNeedSideBySideIsNotThere() {
        Label first = onFx(() -> new Label("first"));
        Label second = onFx(() -> new Label("second"));
        HBox row = onFx(HBox::new);
        VBox column = onFx(VBox::new);
        Reflow reflow = onFx(() -> {
            Reflow r = new Reflow(() -> 300, () -> {
                row.getChildren().setAll(first, second);
                return row;
            }, () -> {
                column.getChildren().setAll(first, second);
                return column;
            });
            r.setPadding(new Insets(0, 10, 0, 10));
            new Scene(new Group(r));
            return r;
        });
        assertThat(onFx(() -> reflow.getChildren())).containsExactly(row);

        assertThat(layoutAt(reflow, 319)).as("300 and the padding do not fit in 319").isSameAs(column);
        assertThat(onFx(() -> first.getParent())).isSameAs(column);
        assertThat(onFx(() -> reflow.minWidth(-1))).as("its parts' widths never hold it wide").isEqualTo(20);
        assertThat(layoutAt(reflow, 320)).isSameAs(row);
        assertThat(onFx(() -> second.getParent())).isSameAs(row);
    }

    private static Object layoutAt(Reflow reflow, double width) {
        return onFx(() -> {
            reflow.resize(width, 100);
            reflow.requestLayout();
            reflow.layout();
            return reflow.getChildren().get(0);
        });
    }
}
