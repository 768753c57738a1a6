package com.merchantdesk.ui.controls;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.ui.testsupport.ManualExecutor;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;

/** A screen's background work: results and failures on the FX thread, failures in words, cancellation, progress. */
@ExtendWith(EnglishMessages.class)
class BackgroundRunnerTest {

    private final ManualExecutor executor = new ManualExecutor();
    private final StatusBarModel status = new StatusBarModel();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private BackgroundRunner runner;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private BackgroundRunner runner() {
        if (runner == null) {
            runner = onFx(() -> new BackgroundRunner(executor, status));
        }
        return runner;
    }

    private <T> Task<T> start(java.util.concurrent.Callable<T> work) {
        BackgroundRunner r = runner();
        return onFx(() -> r.run(work,
                value -> events.add("success " + value + (Platform.isFxApplicationThread() ? " on FX" : " off FX")),
                error -> events.add("failure " + error.getMessage() + (Platform.isFxApplicationThread() ? " on FX" : " off FX"))));
    }

    @Test
    void theResultComesBackOnTheFxThreadAndTheWorkRunsOffIt() {
        List<Boolean> workOnFx = new CopyOnWriteArrayList<>();
        start(() -> {
            workOnFx.add(Platform.isFxApplicationThread());
            return 42;
        });
        assertThat(events).as("nothing before the work ran").isEmpty();

        executor.runAll();

        assertThat(workOnFx).containsExactly(false);
        assertThat(events).containsExactly("success 42 on FX");
    }

    @Test
    void aFailureComesBackOnTheFxThreadAndIsReportedInWords() {
        start(() -> {
            throw new IOException("The disk is full");
        });
        executor.runAll();
        assertThat(events).containsExactly("failure The disk is full on FX");

        runFx(() -> runner().report("customers.view.error.load", new IOException("The disk is full")));
        assertThat(onFx(() -> status.messageProperty().get()))
                .isEqualTo(Messages.get("customers.view.error.load", "The disk is full"))
                .contains("The disk is full").doesNotContain("{0}", "IOException");
    }

    @Test
    void aFailureWithoutTextIsNamedAndValidationIsShownInTheSellersWords() {
        assertThat(BackgroundRunner.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(BackgroundRunner.describe(new IllegalStateException(" "))).isEqualTo("IllegalStateException");
        ValidationException refused = new ValidationException(List.of(FieldError.of("name", "validation.required"),
                FieldError.of("email", "orders.validation.email")));
        assertThat(BackgroundRunner.describe(refused))
                .isEqualTo(Messages.get("validation.required") + " " + Messages.get("orders.validation.email"))
                .doesNotContain("validation.");
    }

    @Test
    void cancelledWorkCallsNeitherCallbackAndEndsTheProgress() {
        Task<Integer> task = start(() -> 7);
        await("the progress shows for work still waiting", () -> runner().showProgressProperty().get());

        runFx(() -> task.cancel(false));
        executor.runAll();

        assertThat(events).isEmpty();
        assertThat(onFx(() -> runner().showProgressProperty().get())).isFalse();
        assertThat(onFx(() -> status.progressProperty().get())).isEqualTo(0.0);
    }

    @Test
    void progressShowsOnlyAfterADelayAndUntilTheLastWorkEnds() {
        BackgroundRunner r = runner();
        // Started and read in one step on the FX thread: the delay cannot have passed yet, however slow the machine.
        boolean shownAtOnce = onFx(() -> {
            r.run(() -> 1, v -> events.add("first"), e -> events.add("first failed"));
            return r.showProgressProperty().get() || status.progressProperty().get() != 0;
        });
        assertThat(shownAtOnce).as("progress at the start").isFalse();

        await("the progress shows once the work takes a while", () -> r.showProgressProperty().get());
        assertThat(onFx(() -> status.progressProperty().get())).as("the status bar's indeterminate progress").isEqualTo(-1.0);

        onFx(() -> r.run(() -> 2, v -> events.add("second"), e -> events.add("second failed")));
        executor.runOldest();
        assertThat(events).containsExactly("first");
        assertThat(onFx(() -> r.showProgressProperty().get())).as("still working on the second").isTrue();

        executor.runOldest();
        assertThat(events).containsExactly("first", "second");
        assertThat(onFx(() -> r.showProgressProperty().get())).isFalse();
        assertThat(onFx(() -> status.progressProperty().get())).isEqualTo(0.0);
    }
}
