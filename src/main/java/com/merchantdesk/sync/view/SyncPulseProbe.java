package com.merchantdesk.sync.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * For the pulse benchmark ({@code bench --sync-pulse-orders N}, which starts the app with these properties): the
 * window's sync runner does not start with the window. Once the window shows, a small square spins in its corner (so
 * every pulse has something to render) and an {@link AnimationTimer} takes the gap between consecutive pulses: after
 * {@link #SETTLE_SECONDS}, {@link #IDLE_SECONDS_PROPERTY} seconds of the idle window; then the runner is started as
 * the window would start it, and the gaps of the first sync's usable part (until its first page of older history) and
 * of up to {@link #HISTORY_SECONDS_PROPERTY} seconds of the history are taken. Each stretch's gaps are printed on
 * stdout after {@link #MARKER}, then the app exits.
 */
public final class SyncPulseProbe {

    public static final String IDLE_SECONDS_PROPERTY = "merchantdesk.pulseProbe.idleSeconds";
    public static final String HISTORY_SECONDS_PROPERTY = "merchantdesk.pulseProbe.historySeconds";
    public static final String MARKER = "MERCHANT_DESK_PULSE ";
    /** Not counted: the first screen's loading and the JIT's first work, which no sync causes. */
    static final int SETTLE_SECONDS = 3;

    private enum Stage { WAITING, SETTLING, IDLE, USABLE, HISTORY, DONE }

    private final SyncRunner runner;
    private final Supplier<Window> owner;
    private final long idleNanos;
    private final long historyNanos;
    private final List<Double> idle = new ArrayList<>();
    private final List<Double> usable = new ArrayList<>();
    private final List<Double> history = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private volatile Stage stage = Stage.WAITING;
    /** The last pulse's time, in {@link System#nanoTime()}'s terms (as the pulses' own timestamps are). */
    private volatile long last;
    private final PulseCpu cpu = new PulseCpu();
    private PulseStallSampler stalls;
    private long since;
    private long syncStarted;
    private long usableEnded;
    private int usablePulled;
    private int pulled;

    private SyncPulseProbe(SyncRunner runner, Supplier<Window> owner, int idleSeconds, int historySeconds) {
        this.runner = runner;
        this.owner = owner;
        this.idleNanos = idleSeconds * 1_000_000_000L;
        this.historyNanos = historySeconds * 1_000_000_000L;
    }

    static boolean enabled() { return Integer.getInteger(IDLE_SECONDS_PROPERTY) != null; }

    /** Takes over starting {@code runner}: it starts after the idle stretch. Call on the FX thread. */
    static void watch(SyncRunner runner, Supplier<Window> owner) {
        SyncPulseProbe probe = new SyncPulseProbe(runner, owner, Integer.getInteger(IDLE_SECONDS_PROPERTY),
                Integer.getInteger(HISTORY_SECONDS_PROPERTY, 30));
        runner.progressProperty().addListener((obs, before, now) -> probe.progress(now));
        runner.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                // After the runner has set the run's report (it clears its progress first).
                Platform.runLater(probe::runEnded);
            }
        });
        probe.timer.start();
    }

    private void pulse(long now) {
        if (stage == Stage.WAITING) {
            Window window = owner.get();
            if (window != null && window.isShowing() && window.getScene() != null) {
                spin(window.getScene());
                stalls = PulseStallSampler.start(Thread.currentThread(),
                        () -> stage == Stage.USABLE || stage == Stage.HISTORY, () -> last);
                stage = Stage.SETTLING;
                since = now;
                last = now;
            }
            return;
        }
        double gapMs = (now - last) / 1e6;
        last = now;
        switch (stage) {
            case SETTLING -> {
                cpu.pulse(gapMs, null);
                if (now - since >= SETTLE_SECONDS * 1_000_000_000L) {
                    stage = Stage.IDLE;
                    since = now;
                }
            }
            case IDLE -> {
                idle.add(gapMs);
                cpu.pulse(gapMs, PulseCpu.Stretch.IDLE);
                if (now - since >= idleNanos) {
                    stage = Stage.USABLE;
                    syncStarted = System.nanoTime();
                    runner.start();
                }
            }
            case USABLE -> {
                usable.add(gapMs);
                cpu.pulse(gapMs, PulseCpu.Stretch.USABLE);
            }
            case HISTORY -> {
                history.add(gapMs);
                cpu.pulse(gapMs, PulseCpu.Stretch.HISTORY);
                if (System.nanoTime() - usableEnded >= historyNanos) {
                    finish(false);
                }
            }
            default -> { }
        }
    }

    private void progress(SyncRunner.Progress now) {
        if (now == null || now == SyncRunner.Progress.NONE) {
            return;
        }
        pulled = Math.max(pulled, now.pulled());
        if (stage == Stage.USABLE && "history".equals(now.phase())) {
            usableDone();
        }
    }

    private void usableDone() {
        usableEnded = System.nanoTime();
        usablePulled = pulled;
        stage = Stage.HISTORY;
    }

    private void runEnded() {
        if (stage == Stage.USABLE) {
            usableDone();
        }
        if (stage == Stage.HISTORY) {
            finish(true);
        }
    }

    private void finish(boolean runEnded) {
        long end = System.nanoTime();
        stage = Stage.DONE;
        timer.stop();
        var report = runner.lastReportProperty().get();
        String outcome = !runEnded ? "still running" : report == null ? "no run" : report.outcome().name();
        say("pipeline " + pipeline());
        say("gaps idle " + join(idle));
        say("gaps usable " + join(usable));
        say("gaps history " + join(history));
        say(String.format(Locale.ROOT, "sync usableMs=%.0f historyMs=%.0f runEnded=%b usablePulled=%d pulled=%d outcome=%s "
                        + "fxCpuIdleMs=%.0f fxCpuUsableMs=%.0f fxCpuHistoryMs=%.0f",
                (usableEnded - syncStarted) / 1e6, (end - usableEnded) / 1e6, runEnded, usablePulled, pulled, outcome,
                cpu.fxBusyMs(PulseCpu.Stretch.IDLE), cpu.fxBusyMs(PulseCpu.Stretch.USABLE), cpu.fxBusyMs(PulseCpu.Stretch.HISTORY)));
        cpu.longest().forEach(gap -> say(gap.line()));
        stalls.stop();
        stalls.report(3, sample -> say("stall " + sample));
        say("end");
        Platform.exit();
    }

    /** A square turning once a second in the window's corner: every pulse then renders something. */
    private static void spin(Scene scene) {
        if (!(scene.getRoot() instanceof Pane root)) {
            return;
        }
        Rectangle square = new Rectangle(10, 10, Color.web("#3b82f6"));
        square.setId("pulse-probe");
        square.setManaged(false);
        square.relocate(3, 3);
        root.getChildren().add(square);
        RotateTransition turn = new RotateTransition(Duration.seconds(1), square);
        turn.setByAngle(360);
        turn.setInterpolator(Interpolator.LINEAR);
        turn.setCycleCount(Animation.INDEFINITE);
        turn.play();
    }

    /** The Prism pipeline in use (e.g. the software one), or the prism.order asked for when it cannot be read. */
    private static String pipeline() {
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return pipeline.getClass().getName();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "prism.order=" + System.getProperty("prism.order", "(default)");
        }
    }

    private static String join(List<Double> gaps) {
        return gaps.stream().map(g -> String.format(Locale.ROOT, "%.2f", g)).collect(Collectors.joining(","));
    }

    private static void say(String line) {
        System.out.println(MARKER + line);
        System.out.flush();
    }
}
