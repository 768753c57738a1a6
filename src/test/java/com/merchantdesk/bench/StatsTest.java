package com.merchantdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleSample() {
        Stats s = Stats.of("x", List.of(5.0, 1.0, 3.0));
        assertThat(s.medianMs()).isEqualTo(3.0);
        assertThat(s.minMs()).isEqualTo(1.0);
        assertThat(s.maxMs()).isEqualTo(5.0);
        assertThat(s.samples()).isEqualTo(3);
        assertThat(s.name()).isEqualTo("x");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.of("x", List.of(4.0, 1.0, 2.0, 10.0)).medianMs()).isEqualTo(3.0);
    }

    @Test
    void p95IsTheNearestRank() {
        // 1..100: the 95th smallest is 95; 1..20: rank ceil(19) = 19.
        List<Double> hundred = new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        Collections.shuffle(hundred, new java.util.Random(3));
        assertThat(Stats.of("x", hundred).p95Ms()).isEqualTo(95.0);
        assertThat(Stats.of("x", IntStream.rangeClosed(1, 20).mapToObj(i -> (double) i).toList()).p95Ms()).isEqualTo(19.0);
        assertThat(Stats.of("x", List.of(7.0)).p95Ms()).isEqualTo(7.0);
        assertThat(Stats.of("x", List.of(1.0, 2.0)).p95Ms()).as("ceil(1.9) = 2").isEqualTo(2.0);
    }

    @Test
    void oneSlowOutlierInTwentyStaysOutOfTheP95ButTwoDoNot() {
        List<Double> one = new ArrayList<>(Collections.nCopies(19, 1.0));
        one.add(100.0);
        assertThat(Stats.of("x", one).p95Ms()).isEqualTo(1.0);
        List<Double> two = new ArrayList<>(Collections.nCopies(18, 1.0));
        two.add(100.0);
        two.add(90.0);
        assertThat(Stats.of("x", two).p95Ms()).isEqualTo(90.0);
    }

    @Test
    void theInputIsNotReordered() {
        List<Double> samples = new ArrayList<>(List.of(3.0, 1.0, 2.0));
        Stats.of("x", samples);
        assertThat(samples).containsExactly(3.0, 1.0, 2.0);
    }

    @Test
    void noSamplesIsRefused() {
        assertThatThrownBy(() -> Stats.of("search", List.of())).hasMessageContaining("search");
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
