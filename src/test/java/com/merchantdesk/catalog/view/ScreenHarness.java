package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.ui.testsupport.ScreenHost;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.testfx.api.FxToolkit;

/** Hosts the real {@link ProductsScreen} the way the shell does, with CSV file choices the test makes. */
final class ScreenHarness extends ScreenHost<ProductsScreen> {

    final FakeCsvFiles csvFiles = new FakeCsvFiles();

    private ScreenHarness(Path dataFolder) {
        super(dataFolder, Clock.systemUTC(), "products-test-background");
    }

    /** Opens the screen on a fresh data folder that {@code seed} filled first. */
    static ScreenHarness open(Path dataFolder, Consumer<AppContext> seed) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        ScreenHarness harness = new ScreenHarness(dataFolder);
        seed.accept(harness.app);
        harness.show(context -> new ProductsScreen(context, harness.csvFiles));
        return harness;
    }
}
