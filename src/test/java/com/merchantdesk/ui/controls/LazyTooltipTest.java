package com.merchantdesk.ui.controls;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Tooltips made on the pointer's first visit, with the text of that moment, and shown as usual. */
class LazyTooltipTest {

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<String> text = new AtomicReference<>("Archive (Ctrl+E)");
    private Stage stage;
    private Button target;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        runFx(() -> {
            target = new Button("target");
            target.setId("target");
            Button elsewhere = new Button("elsewhere");
            elsewhere.setId("elsewhere");
            LazyTooltip.install(target, text::get);
            stage.setScene(new Scene(new HBox(40, elsewhere, target), 400, 120));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void noTooltipUntilThePointerComesThenItShows() {
        assertThat(onFx(() -> target.getTooltip())).isNull();

        robot.moveTo("#target");
        robot.moveBy(2, 1);

        assertThat(onFx(() -> target.getTooltip().getText())).isEqualTo("Archive (Ctrl+E)");
        await("the tooltip shows after the usual delay", () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w == target.getTooltip()));
    }

    @Test
    void eachVisitTakesTheTextOfThatMoment() {
        robot.moveTo("#target");
        robot.moveTo("#elsewhere");
        text.set("Bring back (Ctrl+E)");
        robot.moveTo("#target");
        assertThat(onFx(() -> target.getTooltip().getText())).isEqualTo("Bring back (Ctrl+E)");

        robot.moveTo("#elsewhere");
        text.set(null);
        robot.moveTo("#target");
        assertThat(onFx(() -> target.getTooltip())).as("nothing to say, no tooltip").isNull();
    }
}
