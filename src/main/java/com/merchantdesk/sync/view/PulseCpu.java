package com.merchantdesk.sync.view;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * For {@link SyncPulseProbe}: the CPU time the FX thread and the renderer had between consecutive pulses, summed per
 * stretch, and the longest gaps of the sync with theirs. A long gap with little CPU on either is the machine giving the
 * window no core; one with much on the FX thread is work the window did. Called on the FX thread.
 */
final class PulseCpu {

    enum Stretch { IDLE, USABLE, HISTORY }

    /** One gap between pulses and the CPU time (ms) each thread had in it. */
    record Gap(double gapMs, double fxCpuMs, double rendererCpuMs, Stretch stretch, Instant endedAt) {
        String line() {
            return String.format(Locale.ROOT, "longest %s gap %.0f ms: FX thread on CPU %.0f ms, renderer %.0f ms (ended %s)",
                    stretch.name().toLowerCase(Locale.ROOT), gapMs, fxCpuMs, rendererCpuMs, endedAt);
        }
    }

    private static final int LONGEST = 5;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Stretch, Long> fxBusyNanos = new EnumMap<>(Stretch.class);
    private final PriorityQueue<Gap> longest = new PriorityQueue<>((a, b) -> Double.compare(a.gapMs(), b.gapMs()));
    private long fxCpu;
    private long rendererCpu;
    private long rendererId = -1;

    /** Quantum's renderer thread, which draws the frames, or null before there is one. */
    static Thread renderer() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
    }

    /** A pulse came {@code gapMs} after the one before; {@code stretch} null: a gap that is not counted. */
    void pulse(double gapMs, Stretch stretch) {
        long fxNow = threads.getCurrentThreadCpuTime();
        long rendererNow = rendererCpu();
        if (stretch != null) {
            fxBusyNanos.merge(stretch, fxNow - fxCpu, Long::sum);
            if (stretch != Stretch.IDLE) {
                longest.add(new Gap(gapMs, (fxNow - fxCpu) / 1e6, (rendererNow - rendererCpu) / 1e6, stretch, Instant.now()));
                if (longest.size() > LONGEST) {
                    longest.poll();
                }
            }
        }
        fxCpu = fxNow;
        rendererCpu = rendererNow;
    }

    double fxBusyMs(Stretch stretch) { return fxBusyNanos.getOrDefault(stretch, 0L) / 1e6; }

    /** The longest gaps of the sync, longest first. */
    List<Gap> longest() {
        return longest.stream().sorted((a, b) -> Double.compare(b.gapMs(), a.gapMs())).toList();
    }

    private long rendererCpu() {
        if (rendererId < 0) {
            Thread renderer = renderer();
            rendererId = renderer == null ? 0 : renderer.getId();
        }
        return rendererId == 0 ? 0 : Math.max(0, threads.getThreadCpuTime(rendererId));
    }
}
