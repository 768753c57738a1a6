package com.merchantdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ScreenProvidersTest {

    @Test
    void theFeaturesRegisterTheirScreensInRailOrderWithSettingsLast() {
        ScreenProviders found = ScreenProviders.discover();
        assertThat(found.entries()).extracting(ScreenEntry::id).containsExactly("products", "orders", "to-ship", "shipments", "customers", "sales", "sync", "settings");
        assertThat(found.demoFiller()).as("the catalogue brings the demo shop").isNotNull();
    }

    @Test
    void providersAreOrderedByTheirRailOrderNotByDiscoveryAndTheirDemoFillersRunInThatOrder() {
        List<String> filled = new ArrayList<>();
        ScreenProviders providers = ScreenProviders.of(List.of(provider(300, "c", filled), provider(100, "a", filled),
                provider(200, "b", null)));
        assertThat(providers.entries()).extracting(ScreenEntry::id).containsExactly("a", "b", "c");
        providers.demoFiller().accept(null);
        assertThat(filled).containsExactly("a", "c");
        assertThat(ScreenProviders.of(List.of(provider(1, "x", null))).demoFiller()).isNull();
    }

    private static ScreenProvider provider(int order, String id, List<String> filled) {
        return new ScreenProvider() {
            @Override public int railOrder() { return order; }
            @Override public List<ScreenEntry> entries() {
                return List.of(new ScreenEntry(id, TestScreen.titleKey(id), TestScreen.ICON, c -> new TestScreen(id)));
            }
            @Override public Optional<Consumer<AppContext>> demoFiller() {
                return filled == null ? Optional.empty() : Optional.of(app -> filled.add(id));
            }
        };
    }
}
