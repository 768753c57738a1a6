package com.merchantdesk.ui.controls;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.SyncState;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A record's sync state as the lists show it: an icon per state and the words of its tooltip. A record of a
 * local-only shop (or one the platform never heard of with nothing queued) gets no icon: on the demo shop every row
 * would carry the same one.
 */
public final class SyncStateIcons {

    private SyncStateIcons() {}

    /** The icon of {@code state}, or null for none. */
    public static FontIcon icon(SyncState state) {
        Feather glyph = switch (state) {
            case LOCAL_ONLY -> null;
            case QUEUED -> Feather.UPLOAD_CLOUD;
            case SENT -> Feather.SEND;
            case ACKNOWLEDGED -> Feather.CLOUD;
            case FAILED -> Feather.ALERT_CIRCLE;
            case CONFLICT -> Feather.GIT_MERGE;
            case NEEDS_MAPPING -> Feather.LINK_2;
        };
        if (glyph == null) {
            return null;
        }
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().addAll("sync-state", "sync-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return icon;
    }

    /** What the state means, for the icon's tooltip. */
    public static String describe(SyncState state) {
        return Messages.get("sync.state." + state.name());
    }
}
