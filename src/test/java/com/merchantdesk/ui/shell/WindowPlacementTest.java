package com.merchantdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.settings.Settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1280, 800));
    private static final List<Rectangle2D> TWO_SCREENS = List.of(new Rectangle2D(0, 0, 1280, 800),
            new Rectangle2D(1280, 0, 1920, 1080));

    @Test
    void windowOnAScreenIsRestored() {
        assertThat(WindowPlacement.isReachable(new WindowBounds(100, 50, 900, 600, false), LAPTOP)).isTrue();
    }

    @Test
    void windowLeftOnAScreenThatIsGoneIsNot() {
        WindowBounds onSecondScreen = new WindowBounds(1500, 100, 900, 600, false);
        assertThat(WindowPlacement.isReachable(onSecondScreen, TWO_SCREENS)).isTrue();
        assertThat(WindowPlacement.isReachable(onSecondScreen, LAPTOP)).isFalse();
    }

    @Test
    void titleBarMustBeReachableNotJustACorner() {
        // Only 40 px of the title bar on screen: too little to grab.
        assertThat(WindowPlacement.isReachable(new WindowBounds(1240, 100, 900, 600, false), LAPTOP)).isFalse();
        // Title bar above the top of the screen, body below: cannot be dragged.
        assertThat(WindowPlacement.isReachable(new WindowBounds(100, -200, 900, 600, false), LAPTOP)).isFalse();
    }

    @Test
    void missingOrNonsenseBoundsAreNotRestored() {
        assertThat(WindowPlacement.isReachable(null, LAPTOP)).isFalse();
        assertThat(WindowPlacement.isReachable(new WindowBounds(100, 100, 0, 600, false), LAPTOP)).isFalse();
        assertThat(WindowPlacement.isReachable(new WindowBounds(Double.NaN, 100, 900, 600, false), LAPTOP)).isFalse();
    }
}
