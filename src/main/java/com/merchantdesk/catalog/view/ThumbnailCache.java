package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.ImageStore;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Thumbnails for the list, loaded by JavaFX in the background ({@code new Image(url, ..., true)}) and kept for
 * the rows scrolled past recently, so scrolling back does not read the files again.
 */
final class ThumbnailCache {

    private static final int MAX_ENTRIES = 400;

    private final ImageStore store;
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ThumbnailCache(ImageStore store) { this.store = store; }

    /** The thumbnail at {@code size} pixels (longest side), or null when the SKU has no image. */
    Image get(String thumbnailFileName, double size) {
        if (thumbnailFileName == null || thumbnailFileName.isBlank()) {
            return null;
        }
        String key = thumbnailFileName + "@" + size;
        return images.computeIfAbsent(key, k -> new Image(
                store.thumbnailPath(thumbnailFileName).toUri().toString(), size, size, true, true, true));
    }
}
