package com.merchantdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PulseGapsTest {

    @Test
    void countMedianNearestRankP99AndMaxOfShuffledGaps() {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            gaps.add((double) i);
        }
        Collections.shuffle(gaps, new java.util.Random(7));

        PulseGaps g = PulseGaps.of("sync", gaps);

        assertThat(g.count()).isEqualTo(200);
        assertThat(g.medianMs()).isEqualTo(100.5);
        assertThat(g.p99Ms()).as("the 198th of 200").isEqualTo(198.0);
        assertThat(g.maxMs()).isEqualTo(200.0);
        assertThat(g.line()).contains("sync", "n=200", "p99=  198.0 ms");
    }

    @Test
    void aStretchWithoutGapsHasCountZero() {
        assertThat(PulseGaps.of("history", List.of())).isEqualTo(new PulseGaps("history", 0, 0, 0, 0));
    }

    @Test
    void theChildGetsTheSoftwarePipelineUnlessOneIsNamed() {
        assertThat(PulseBench.withPipeline(List.of("-Xmx512m"))).containsExactly("-Xmx512m", "-Dprism.order=sw");
        assertThat(PulseBench.withPipeline(List.of("-Dprism.order=es2"))).containsExactly("-Dprism.order=es2");
        assertThat(PulseBench.headless(List.of("-Dglass.platform=Monocle"))).isTrue();
        assertThat(PulseBench.headless(List.of("-Dprism.order=sw"))).isFalse();
    }
}
