package com.merchantdesk.sync.view;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.testsupport.TestTimeouts;
import com.merchantdesk.ui.shell.ShellSettings;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync runner's and the Settings form's platform preferences share one window's settings: a change through one
 * keeps what the other changed before it, and "Work offline" reaches {@code settings.json} without waiting for the
 * window to close.
 */
class ShellPreferencesTest {

    @TempDir Path temp;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void twoCopiesKeepEachOthersChangesAndWorkOfflineIsWrittenAtOnce() throws Exception {
        SettingsStore store = new SettingsStore(temp.resolve("settings.json"));
        ShellSettings settings = onFx(() -> new ShellSettings(store, Settings.defaults(), background));
        ShellPreferences runners = onFx(() -> new ShellPreferences(settings));
        ShellPreferences form = onFx(() -> new ShellPreferences(settings));

        runFx(() -> form.update(p -> p.withAddress("https://p.example")));
        assertThat(runners.get().address()).as("the runner's copy follows the form's change").isEqualTo("https://p.example");
        // From the runner's thread, as a run's engine source would.
        runners.update(p -> p.withWorkOffline(true));
        awaitFile("settings.json has both", () -> store.load().platform().workOffline()
                && store.load().platform().address().equals("https://p.example"));
        assertThat(onFx(() -> settings.get().platform().address())).isEqualTo("https://p.example");
        assertThat(form.get().workOffline()).as("the form's copy follows the runner's").isTrue();
    }

    private static void awaitFile(String what, java.util.concurrent.Callable<Boolean> check) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS, check);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(TestTimeouts.timedOut(what), e);
        }
    }
}
