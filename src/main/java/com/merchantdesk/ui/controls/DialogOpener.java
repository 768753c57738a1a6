package com.merchantdesk.ui.controls;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Loads what a dialog needs in the background, then opens it. A request while one is loading is ignored, so
 * pressing the key twice opens one window.
 */
public final class DialogOpener {

    private final BackgroundRunner runner;
    private boolean loading;

    public DialogOpener(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** @param errorKey the status-bar message when loading fails */
    public <T> void open(Callable<T> load, Consumer<? super T> show, String errorKey) {
        if (loading) {
            return;
        }
        loading = true;
        runner.run(load, value -> {
            loading = false;
            show.accept(value);
        }, error -> {
            loading = false;
            runner.report(errorKey, error);
        });
    }
}
