package com.merchantdesk.sync.view;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * For {@link SyncPulseProbe}: while it measures, samples what the FX thread and the renderer do whenever no pulse has
 * come for {@link #STALL_MS}. The stacks seen most often say what held the window up (each sample stands for about
 * {@link #SAMPLE_MS} of it): work on the FX thread, or threads waiting for a core.
 */
final class PulseStallSampler implements Runnable {

    static final long STALL_MS = 100;
    static final long SAMPLE_MS = 10;
    private static final int FRAMES = 10;

    private final Map<String, Integer> seen = new HashMap<>();
    private final Thread fx;
    private final BooleanSupplier measuring;
    private final LongSupplier lastPulseNanos;
    private volatile boolean stopped;

    private PulseStallSampler(Thread fx, BooleanSupplier measuring, LongSupplier lastPulseNanos) {
        this.fx = fx;
        this.measuring = measuring;
        this.lastPulseNanos = lastPulseNanos;
    }

    /** Starts sampling on a daemon thread of its own; {@code lastPulseNanos} in {@link System#nanoTime()}'s terms. */
    static PulseStallSampler start(Thread fx, BooleanSupplier measuring, LongSupplier lastPulseNanos) {
        PulseStallSampler sampler = new PulseStallSampler(fx, measuring, lastPulseNanos);
        Thread t = new Thread(sampler, "pulse-stall-sampler");
        t.setDaemon(true);
        t.start();
        return sampler;
    }

    void stop() { stopped = true; }

    @Override
    public void run() {
        while (!stopped) {
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (measuring.getAsBoolean() && (System.nanoTime() - lastPulseNanos.getAsLong()) / 1_000_000 >= STALL_MS) {
                String sample = "fx " + top(fx) + " | renderer " + top(PulseCpu.renderer());
                synchronized (seen) {
                    seen.merge(sample, 1, Integer::sum);
                }
            }
        }
    }

    /** The {@code most} stacks seen most often, each after the number of samples that saw it. */
    void report(int most, Consumer<String> out) {
        synchronized (seen) {
            seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(most)
                    .forEach(e -> out.accept(e.getValue() + " " + e.getKey()));
        }
    }

    private static String top(Thread thread) {
        if (thread == null) {
            return "-";
        }
        StackTraceElement[] stack = thread.getStackTrace();
        StringBuilder text = new StringBuilder(thread.getState().name());
        for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
            String type = stack[i].getClassName();
            text.append(" < ").append(type.substring(type.lastIndexOf('.') + 1)).append('.')
                    .append(stack[i].getMethodName()).append(':').append(stack[i].getLineNumber());
        }
        return text.toString();
    }
}
