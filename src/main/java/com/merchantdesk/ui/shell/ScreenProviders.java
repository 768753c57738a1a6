package com.merchantdesk.ui.shell;

import com.merchantdesk.AppContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The screens of every {@link ScreenProvider} on the class path, in rail order, and their demo fillers run one
 * after the other (null when no feature has demo data).
 */
public record ScreenProviders(List<ScreenEntry> entries, Consumer<AppContext> demoFiller) {

    public ScreenProviders {
        entries = List.copyOf(entries);
    }

    /** Finds the providers the features register in {@code META-INF/services}. */
    public static ScreenProviders discover() {
        List<ScreenProvider> found = new ArrayList<>();
        ServiceLoader.load(ScreenProvider.class, ScreenProvider.class.getClassLoader()).forEach(found::add);
        return of(found);
    }

    static ScreenProviders of(List<ScreenProvider> providers) {
        List<ScreenProvider> ordered = providers.stream().sorted(Comparator.comparingInt(ScreenProvider::railOrder)).toList();
        List<ScreenEntry> entries = ordered.stream().flatMap(p -> p.entries().stream()).toList();
        List<Consumer<AppContext>> fillers = ordered.stream().map(ScreenProvider::demoFiller).flatMap(Optional::stream).toList();
        return new ScreenProviders(entries, fillers.isEmpty() ? null : app -> fillers.forEach(filler -> filler.accept(app)));
    }
}
