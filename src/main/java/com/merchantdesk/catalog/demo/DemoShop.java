package com.merchantdesk.catalog.demo;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductImage;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.catalog.demo.DemoAssortment.PlannedMovement;
import com.merchantdesk.catalog.demo.DemoAssortment.PlannedProduct;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic small shop for trying the app: about three hundred products in seven categories, most with
 * variants, EAN-13 barcodes, prices in the shop's currency, pictures, and a stock history with a few
 * low-stock SKUs. Used by the {@code demo} command and by the window's {@code --demo}; no UI code here.
 * Blocking: call from a background thread.
 */
public final class DemoShop {

    /** The same seed plans the same shop every time (only ids and times differ). */
    public static final long SEED = 20_240_611L;
    static final String IMAGE_RESOURCES = "/assets/demo/images/";

    private final AppContext app;

    public DemoShop(AppContext app) { this.app = app; }

    public boolean catalogIsEmpty() {
        return app.database().read(DemoShop::catalogIsEmptyOn);
    }

    /**
     * Fills an empty catalogue in one transaction (pictures are copied into the data folder first and removed
     * again if the transaction fails).
     *
     * @throws IllegalStateException when the catalogue already has products
     */
    public DemoSummary fill() {
        if (!catalogIsEmpty()) {
            throw new IllegalStateException("The catalogue is not empty; the demo shop only fills an empty one.");
        }
        PriceScale prices = new PriceScale(Money.currency(app.settings().load().currency()));
        List<PlannedProduct> plan = new DemoAssortment(new Random(SEED), prices, app.clock().instant()).plan();
        List<ProductImage> imported = new ArrayList<>();
        try {
            List<Product> products = withImages(plan, imported);
            int movements = app.database().write(c -> {
                if (!catalogIsEmptyOn(c)) {
                    throw new IllegalStateException("The catalogue is not empty; the demo shop only fills an empty one.");
                }
                // The demo shop never pushes its changes to any account (docs/sync.md, "Local-only shops").
                SyncIdentity.markLocalOnly(c);
                CatalogService catalog = app.catalog();
                StockLedger ledger = new StockLedger();
                int count = 0;
                for (int i = 0; i < plan.size(); i++) {
                    Product product = catalog.save(c, products.get(i));
                    for (PlannedMovement m : plan.get(i).movements()) {
                        ledger.record(c, product.skus().get(m.skuIndex()).id(), m.kind(), m.delta(), m.reason(), "",
                                m.reference(), m.at());
                        count++;
                    }
                }
                return count;
            });
            int skus = products.stream().mapToInt(p -> p.skus().size()).sum();
            return new DemoSummary(products.size(), skus, movements, imported.size());
        } catch (RuntimeException e) {
            imported.forEach(this::deleteQuietly);
            throw e;
        }
    }

    /**
     * True when the catalogue holds exactly the demo shop's products (same titles): what other features' demo data
     * (the orders' demo year) may be added to, never a seller's own catalogue.
     */
    public boolean isDemoShop() {
        PriceScale prices = new PriceScale(Money.currency(app.settings().load().currency()));
        java.util.Set<String> planned = new java.util.HashSet<>();
        new DemoAssortment(new Random(SEED), prices, app.clock().instant()).plan()
                .forEach(p -> planned.add(p.product().title()));
        java.util.Set<String> stored = app.database().read(c -> {
            java.util.Set<String> titles = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT title FROM product"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.add(rs.getString(1));
                }
            }
            return titles;
        });
        return !stored.isEmpty() && stored.equals(planned);
    }

    private static boolean catalogIsEmptyOn(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM product)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    /** Copies each product's picture into the data folder (each product owns its copy, as if uploaded). */
    private List<Product> withImages(List<PlannedProduct> plan, List<ProductImage> imported) {
        Map<String, Path> extracted = new HashMap<>();
        try {
            List<Product> products = new ArrayList<>();
            for (PlannedProduct planned : plan) {
                Path source = extracted.computeIfAbsent(planned.image(), DemoShop::extract);
                ProductImage image = app.images().importImage(source);
                imported.add(image);
                Product p = planned.product();
                products.add(new Product(p.id(), p.title(), p.description(), p.category(), p.status(), p.optionNames(),
                        p.skus(), List.of(image), p.createdAt(), p.updatedAt()));
            }
            return products;
        } finally {
            extracted.values().forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans its temp folder
                }
            });
        }
    }

    /** {@code ImageStore} imports from a file, so the picture inside the jar is copied to a temporary one. */
    private static Path extract(String image) {
        String resource = IMAGE_RESOURCES + image + ".png";
        try (InputStream in = DemoShop.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("The demo picture " + resource + " is missing from the application.");
            }
            Path temp = Files.createTempFile("merchant-desk-demo-", ".png");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return temp;
        } catch (IOException e) {
            throw new StoreException("Cannot unpack the demo picture " + resource + ": " + e.getMessage(), e);
        }
    }

    private void deleteQuietly(ProductImage image) {
        try {
            Files.deleteIfExists(app.images().imagePath(image));
            Files.deleteIfExists(app.images().thumbnailPath(image.thumbnailFileName()));
        } catch (IOException ignored) {
            // leaves an unused file behind; nothing refers to it
        }
    }
}
