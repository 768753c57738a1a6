package com.merchantdesk.catalog;

import java.util.Objects;

/** An image copied into the data folder's {@code images} folder, with a small thumbnail for lists. */
public record ProductImage(String id, String fileName, String thumbnailFileName) {
    public ProductImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(thumbnailFileName, "thumbnailFileName");
    }
}
