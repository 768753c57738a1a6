package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.PrivateFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Copies product images into the data folder and makes the small thumbnails the lists show. */
public final class ImageStore {

    public static final int THUMBNAIL_SIZE = 96;

    private final DataDirectory dir;

    public ImageStore(DataDirectory dir) { this.dir = dir; }

    /** Copies {@code source} in; refuses a file that is not a readable PNG, JPEG, GIF or BMP image. */
    public ProductImage importImage(Path source) {
        BufferedImage image;
        try {
            image = ImageIO.read(source.toFile());
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw new ValidationException(FieldError.of("images", "validation.image.unreadable", source.getFileName().toString()));
        }
        String id = Ids.newIdString();
        String name = source.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "img";
        String fileName = id + "." + ext;
        String thumbName = id + ".png";
        try {
            dir.ensureExists();
            // New owner-only files (Files.copy would give the copy the source's permissions): see PrivateFiles.
            try (OutputStream out = PrivateFiles.newOutputStream(dir.images().resolve(fileName))) {
                Files.copy(source, out);
            }
            try (OutputStream out = new BufferedOutputStream(PrivateFiles.newOutputStream(dir.thumbnails().resolve(thumbName)))) {
                ImageIO.write(thumbnail(image), "png", out);
            }
        } catch (IOException e) {
            throw new ValidationException(FieldError.of("images", "validation.image.copyFailed", name));
        }
        return new ProductImage(id, fileName, thumbName);
    }

    public Path imagePath(ProductImage image) { return dir.images().resolve(image.fileName()); }

    public Path thumbnailPath(String thumbnailFileName) { return dir.thumbnails().resolve(thumbnailFileName); }

    static BufferedImage thumbnail(BufferedImage source) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return thumb;
    }
}
