package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductImage;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import javax.imageio.ImageIO;

/** A small shop for UI tests and the preview: four SKUs with known codes, barcodes and prices. */
final class ShopFixture {

    static final Currency USD = Currency.getInstance("USD");
    static final String TEE_BARCODE = "4006381333931";
    static final String MUG_BARCODE = "5901234123457";

    private ShopFixture() {}

    /** Linen T-Shirt (TS-RED-M, TS-BLU-L), Canvas Tote Bag (TOTE-NAT), Ceramic Mug (MUG-WHT). */
    static List<Product> seed(AppContext app) {
        List<Product> saved = new ArrayList<>();
        saved.add(app.catalog().save(new ProductInput(null, "Linen T-Shirt", "Soft washed linen, relaxed fit.", "Apparel",
                "active", List.of("Colour", "Size"),
                List.of(new SkuInput(null, "TS-RED-M", List.of("Red", "M"), TEE_BARCODE, "19.90", "25.00", "8.10", "180", "5"),
                        new SkuInput(null, "TS-BLU-L", List.of("Blue", "L"), "", "21.00", "", "", "190", "")),
                List.of(), null), USD));
        saved.add(app.catalog().save(new ProductInput(null, "Canvas Tote Bag", "Heavy cotton canvas.", "Bags", "active",
                List.of(), List.of(new SkuInput(null, "TOTE-NAT", List.of(), "", "12.00", "", "4.00", "300", "")),
                List.of(), null), USD));
        saved.add(app.catalog().save(new ProductInput(null, "Ceramic Mug", "Stoneware, 350 ml.", "Kitchen", "draft",
                List.of(), List.of(new SkuInput(null, "MUG-WHT", List.of(), MUG_BARCODE, "8.50", "", "", "", "3")),
                List.of(), null), USD));
        return saved;
    }

    /** One product with {@code count} sizes (codes SOCK-000...), priced 5.00, 5.01, ... so prices are all distinct. */
    static Product socks(AppContext app, int count) {
        List<SkuInput> skus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            skus.add(new SkuInput(null, String.format("SOCK-%03d", i), List.of("S" + i), "",
                    String.format("%d.%02d", 5 + i / 100, i % 100), "", "", "", ""));
        }
        return app.catalog().save(new ProductInput(null, "Bulk Sock", "", "Apparel", "active", List.of("Size"), skus,
                List.of(), null), USD);
    }

    /** A product whose title sorts last but whose price is the lowest of all. */
    static Product pouch(AppContext app) {
        return app.catalog().save(new ProductInput(null, "Zipper Pouch", "", "Bags", "active", List.of(),
                List.of(new SkuInput(null, "ZIP-01", List.of(), "", "0.99", "", "", "", "")), List.of(), null), USD);
    }

    /** Writes a coloured square with initials, as a seller's product photo would be. */
    static Path photo(Path folder, String name, Color colour, String initials) {
        BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(colour);
        g.fillRect(0, 0, 320, 320);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
        g.drawString(initials, 40, 210);
        g.dispose();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an imported photo to a saved product. */
    static Product withPhoto(AppContext app, Product product, Path photo) {
        ProductImage image = app.images().importImage(photo);
        List<ProductImage> images = new ArrayList<>(product.images());
        images.add(image);
        Product changed = new Product(product.id(), product.title(), product.description(), product.category(),
                product.status(), product.optionNames(), product.skus(), images, product.createdAt(), Instant.now());
        return app.database().write(c -> app.catalog().save(c, changed));
    }
}
