package com.merchantdesk.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * A screen whose id, title and icon are those of its {@link ScreenEntry}, whose content is built the first time
 * the window asks for it, and whose data is loaded again each time it is shown.
 */
public abstract class LazyScreen implements Screen {

    private final ScreenEntry entry;
    private Node content;

    protected LazyScreen(ScreenEntry entry) { this.entry = entry; }

    @Override public final String id() { return entry.id(); }

    @Override public final String titleKey() { return entry.titleKey(); }

    @Override public final Ikon icon() { return entry.icon(); }

    @Override
    public final Node content() {
        if (content == null) {
            content = build();
        }
        return content;
    }

    /** Loads the rows: each time the window shows the screen, after its content was built. */
    @Override
    public final void onShown() {
        if (content != null) {
            reload();
        }
    }

    /** The screen's nodes, made once. */
    protected abstract Node build();

    /** Reads the screen's data again, off the FX thread. */
    protected abstract void reload();
}
