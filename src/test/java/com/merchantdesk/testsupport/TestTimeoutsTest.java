package com.merchantdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TestTimeoutsTest {

    @Test
    void theScaleMultipliesTheBaseAndUnsetMeansOnce() {
        Duration base = Duration.ofSeconds(30);
        assertThat(TestTimeouts.scaled(base, null)).isEqualTo(base);
        assertThat(TestTimeouts.scaled(base, " ")).isEqualTo(base);
        assertThat(TestTimeouts.scaled(base, "3")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TestTimeouts.scaled(base, "0.5")).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aScaleThatIsNotAPositiveNumberIsRefusedByName() {
        for (String bad : new String[] {"slow", "0", "-2", "NaN", "Infinity"}) {
            assertThatThrownBy(() -> TestTimeouts.scaled(Duration.ofSeconds(30), bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(TestTimeouts.SCALE_PROPERTY).hasMessageContaining(bad);
        }
    }
}
