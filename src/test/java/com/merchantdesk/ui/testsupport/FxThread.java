package com.merchantdesk.ui.testsupport;

import com.merchantdesk.testsupport.TestTimeouts;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

/** Reads and changes the UI on the FX thread from a test, and waits for what the background work brings. */
public final class FxThread {

    private FxThread() {}

    /** Runs {@code check} on the FX thread until it is true; fails after {@link TestTimeouts#SAFETY}. */
    public static void await(String what, Callable<Boolean> check) {
        try {
            WaitForAsyncUtils.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS, () -> onFx(check));
        } catch (TimeoutException e) {
            throw new AssertionError(TestTimeouts.timedOut(what), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(TestTimeouts.timedOut("the FX thread ran the test's step"), e);
        } catch (Exception e) {
            throw new AssertionError("Could not read the UI state", e);
        }
    }

    /**
     * Whether {@code node} is where a click can reach it: on a showing window, it and every parent visible. A
     * dialog's nodes exist a moment before its window shows; call on the FX thread.
     */
    public static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
