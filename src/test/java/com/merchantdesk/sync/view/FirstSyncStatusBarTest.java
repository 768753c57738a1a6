package com.merchantdesk.sync.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.SyncReport;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProviders;
import com.merchantdesk.ui.startup.ShellFixture;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The status bar during a real first sync of an account of several snapshot pages (the demo shop: 320 products,
 * 1,022 SKUs, their stock and opening adjustments), in the real shell with the Sync entry's own watcher (address from
 * settings.json, token from the token store) on the real sandbox platform over loopback: "Connecting…", then
 * "Receiving: N records" with N growing (grouped, "3,365"), then "Online". Every text the state label takes is
 * recorded on the FX thread by a listener. So that a growing count is there to see however fast the machine, the
 * platform holds one snapshot page's answer until the label has said "Receiving" (an event, not a time): what came
 * before it was shown, what comes after it shows a larger count.
 */
class FirstSyncStatusBarTest {

    private static final String TOKEN = "first-sync-status-token-0123456789";
    /**
     * The snapshot answer held: the first two (the desks, then the 320 products) go out as they come, so records have
     * been received when the third (the first 1,000 SKUs) waits.
     */
    private static final int HELD_SNAPSHOT_ANSWER = 3;
    /** The English text with its count, e.g. "Receiving: 3,365 records" ("1 record" for one). */
    private static final Pattern RECEIVING = Pattern.compile("Receiving: ([0-9,]+) records?");

    @TempDir Path temp;
    private WindowPlatform platform;
    private ShellFixture shell;
    private final ScreenRobot robot = new ScreenRobot();

    /** Every text the status bar's state label took, in order (written on the FX thread). */
    private final List<String> stateTexts = new CopyOnWriteArrayList<>();
    /** Opened when the label first says "Receiving"; the held snapshot answer waits for it. */
    private final CountDownLatch receivingShown = new CountDownLatch(1);
    private final AtomicInteger snapshotAnswers = new AtomicInteger();
    private final AtomicBoolean answerHeld = new AtomicBoolean();
    private final AtomicBoolean holdTimedOut = new AtomicBoolean();
    /** What the label said when the held answer went out. */
    private final AtomicReference<String> shownWhenReleased = new AtomicReference<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void platform() {
        // The server writes a request's line before its answer goes out: holding the line holds the answer.
        platform = WindowPlatform.start(temp, TOKEN,
                db -> DemoAccount.seed(db, "alpha", Currency.getInstance("USD"), WindowPlatform.START), this::answering);
    }

    private void answering(String line) {
        if (!line.contains(" GET /v1/snapshot 200 ") || snapshotAnswers.incrementAndGet() != HELD_SNAPSHOT_ANSWER) {
            return;
        }
        answerHeld.set(true);
        try {
            if (!receivingShown.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)) {
                holdTimedOut.set(true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shownWhenReleased.set(stateTexts.isEmpty() ? null : stateTexts.get(stateTexts.size() - 1));
    }

    @AfterEach
    void stop() throws Exception {
        receivingShown.countDown();
        try {
            if (shell != null) {
                shell.close();
            }
        } finally {
            platform.close();
        }
    }

    @Test
    void aFirstSyncSaysHowManyRecordsHaveComeUntilItIsOnline() throws Exception {
        Path folder = temp.resolve("desk");
        DataDirectory dir = new DataDirectory(folder);
        // Opened working offline, so the label is watched before the first sync starts: switching it off starts it.
        platform.connect(dir, true);
        shell = ShellFixture.startWithScreens(folder, ScreenProviders.discover().entries().stream()
                .filter(e -> Set.of("sync", "settings").contains(e.id())).toList());
        shell.awaitWindow();
        SyncRunner runner = onFx(() -> SyncLink.of(shell.window().status()).runner.get());
        assertThat(runner).as("the window runs sync").isNotNull();

        CompletableFuture<SyncReport> firstRun = new CompletableFuture<>();
        runFx(() -> {
            Label state = robot.lookup("#sync-state").queryAs(Label.class);
            stateTexts.add(state.getText());
            state.textProperty().addListener((obs, was, now) -> {
                stateTexts.add(now);
                if (RECEIVING.matcher(now).matches()) {
                    receivingShown.countDown();
                }
            });
            runner.runsFinishedProperty().addListener((obs, was, now) -> firstRun.complete(runner.lastReportProperty().get()));
        });
        assertThat(stateTexts).as("nothing synced yet").containsExactly("Working offline");
        assertThat(snapshotAnswers.get()).as("the platform sent nothing while the window worked offline").isZero();

        robot.clickOn("#sync-work-offline");
        SyncReport report = awaitRun(firstRun);

        assertThat(holdTimedOut.get()).as("the label said Receiving while a snapshot answer was held: " + stateTexts).isFalse();
        assertThat(answerHeld.get()).as("the account took more than %d snapshot pages", HELD_SNAPSHOT_ANSWER - 1).isTrue();
        assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.CONVERGED);

        List<String> texts = List.copyOf(stateTexts);
        assertThat(texts.get(1)).as("all the texts: " + texts).isEqualTo("Connecting…");
        assertThat(texts.get(texts.size() - 1)).as("all the texts: " + texts).isEqualTo("Online");
        List<String> receiving = texts.subList(2, texts.size() - 1);
        List<Integer> counts = new ArrayList<>();
        for (String text : receiving) {
            Matcher m = RECEIVING.matcher(text);
            assertThat(m.matches()).as("between Connecting and Online only Receiving: " + texts).isTrue();
            int count = Integer.parseInt(m.group(1).replace(",", ""));
            // The number is the count, written as the window's language writes numbers (a comma per thousand).
            assertThat(text).isEqualTo(Messages.get("sync.view.status.receiving", count))
                    .isEqualTo(count == 1 ? "Receiving: 1 record" : String.format(Locale.ENGLISH, "Receiving: %,d records", count));
            counts.add(count);
        }
        assertThat(counts).as("the counts shown: " + texts).hasSizeGreaterThanOrEqualTo(2).isSorted().doesNotHaveDuplicates();
        int heldAt = parse(shownWhenReleased.get());
        assertThat(heldAt).as("shown before the held page came").isPositive().isLessThan(counts.get(counts.size() - 1));
        assertThat(counts.get(counts.size() - 1)).as("the last count is all the run received").isEqualTo(report.pulled())
                .as("more than the 1,022 SKUs").isGreaterThan(1_022);
        assertThat(receiving.get(receiving.size() - 1)).as("a count over a thousand is grouped").contains(",");
        assertThat(robot.text("#sync-state")).isEqualTo("Online");
        assertThat(robot.text("#sync-last-success")).as("when it last synced").startsWith("Synced ");
    }

    private static int parse(String text) {
        Matcher m = RECEIVING.matcher(String.valueOf(text));
        assertThat(m.matches()).as("the label said Receiving when the held page went out, not " + text).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    private SyncReport awaitRun(CompletableFuture<SyncReport> run) throws Exception {
        try {
            return run.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            boolean waitingForReceiving = answerHeld.get() && receivingShown.getCount() > 0;
            throw new AssertionError(TestTimeouts.timedOut(waitingForReceiving
                    ? "the status bar said \"Receiving\" (a snapshot answer waits for it); it said " + stateTexts
                    : "the first sync ended; the status bar said " + stateTexts), e);
        }
    }
}
