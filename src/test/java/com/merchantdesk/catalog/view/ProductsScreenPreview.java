package com.merchantdesk.catalog.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.testsupport.ScreenPreview;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the products screen with a small demo shop, for looking at it (and screenshots under Xvfb). Not a test.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      com.merchantdesk.catalog.view.ProductsScreenPreview [light|dark] [en|ko|zh-CN] [list|form|invalid|edit|adjust]
 * </pre>
 * System properties: {@code preview.empty=true} (no demo data), and those of {@link ScreenPreview}.
 */
public final class ProductsScreenPreview {

    private ProductsScreenPreview() {}

    /** A plain main (not an {@code Application}), so it runs with JavaFX on the class path. */
    public static void main(String[] args) { Application.launch(PreviewApp.class, args); }

    public static final class PreviewApp extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            String show = ScreenPreview.setUp(getParameters().getRaw(), "list");
            Path folder = Files.createTempDirectory("products-preview");
            AppContext app = AppContext.open(new DataDirectory(folder), Clock.systemUTC());
            if (!Boolean.getBoolean("preview.empty")) {
                demoShop(app, folder.resolve("photos"));
            }
            ProductsScreen screen = ScreenPreview.show(stage, app, ProductsScreen::new);
            if (!"list".equals(show)) {
                // Give the list a moment to load, select a row, then open the requested dialog.
                ScreenPreview.after(1.5, () -> {
                    screen.list().selectedProperty().set(screen.list().rows().get(2));
                    boolean form = "form".equals(show) || "invalid".equals(show);
                    screen.shortcuts().get(form ? ProductShortcuts.NEW
                            : "edit".equals(show) ? ProductShortcuts.EDIT : ProductShortcuts.ADJUST).run();
                    if ("invalid".equals(show)) {
                        ScreenPreview.after(1.5, ProductsScreenPreview::fillBadly);
                    }
                });
            } else {
                ScreenPreview.after(1.5, () -> screen.list().rows().stream().skip(1).findFirst()
                        .ifPresent(screen.list().selectedProperty()::set));
            }
        }
    }

    /** Types a bad price and barcode into the open product form and presses Save, to see the errors. */
    private static void fillBadly() {
        javafx.stage.Window form = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene().lookup("#product-form") != null).findFirst().orElseThrow();
        javafx.scene.Scene scene = form.getScene();
        ((javafx.scene.control.TextField) scene.lookup("#sku-0-code")).setText("TS-NEW-S");
        ((javafx.scene.control.TextField) scene.lookup("#sku-0-barcode")).setText("4006381333932");
        ((javafx.scene.control.TextField) scene.lookup("#sku-0-price")).setText("12.3.4");
        ((javafx.scene.control.TextField) scene.lookup("#option-0")).setText("Size");
        ((javafx.scene.control.Button) scene.lookup("#form-save")).fire();
    }

    private static void demoShop(AppContext app, Path photos) {
        List<Product> seeded = new ArrayList<>(ShopFixture.seed(app));
        String[][] catalogue = {
            {"Apparel", "Merino Beanie", "BEANIE"}, {"Apparel", "Rain Jacket", "JACKET"}, {"Apparel", "Denim Shorts", "SHORTS"},
            {"Bags", "Leather Wallet", "WALLET"}, {"Bags", "Weekender Duffel", "DUFFEL"}, {"Kitchen", "Cast Iron Pan", "PAN"},
            {"Kitchen", "Olive Wood Spoon Set", "SPOONS"}, {"Kitchen", "Glass Teapot", "TEAPOT"}, {"Home", "Linen Cushion Cover", "CUSHION"},
            {"Home", "Soy Candle \u2014 Fig", "CANDLE"}, {"Home", "Wool Throw Blanket", "THROW"}, {"Stationery", "Dot Grid Notebook", "NOTE"},
            {"Stationery", "Brass Pen", "PEN"}, {"Garden", "Terracotta Planter", "PLANTER"}, {"Garden", "Pruning Shears", "SHEARS"}};
        Color[] colours = {new Color(0x2f6f8f), new Color(0x8f5a2f), new Color(0x4f7f3f), new Color(0x7f3f6f), new Color(0x5f5f9f)};
        Random random = new Random(7);
        for (int i = 0; i < catalogue.length; i++) {
            String[] c = catalogue[i];
            boolean sized = i % 3 == 0;
            List<SkuInput> skus = new ArrayList<>();
            for (String size : sized ? List.of("S", "M", "L") : List.of("")) {
                String code = c[2] + (size.isEmpty() ? "" : "-" + size);
                int cents = 900 + random.nextInt(9000);
                skus.add(new SkuInput(null, code, size.isEmpty() ? List.of() : List.of(size), "",
                        String.format("%d.%02d", cents / 100, cents % 100), "", String.format("%d.%02d", cents / 250, cents % 100),
                        "" + (100 + random.nextInt(900)), "" + (random.nextInt(3) * 5)));
            }
            Product p = app.catalog().save(new ProductInput(null, c[1], "", c[0], i % 7 == 6 ? "draft" : "active",
                    sized ? List.of("Size") : List.of(), skus, List.of(), null), ShopFixture.USD);
            if (i % 4 != 3) {
                String initials = c[1].substring(0, 1) + c[1].substring(c[1].indexOf(' ') + 1, c[1].indexOf(' ') + 2);
                p = ShopFixture.withPhoto(app, p, ShopFixture.photo(photos, c[2], colours[i % colours.length], initials));
            }
            seeded.add(p);
        }
        seeded.set(0, ShopFixture.withPhoto(app, seeded.get(0), ShopFixture.photo(photos, "tee", new Color(0xb03a3a), "LT")));
        for (Product p : seeded) {
            p.skus().forEach(s -> {
                int received = random.nextInt(4) == 0 ? 2 : 5 + random.nextInt(40);
                app.stock().adjust(new StockAdjustment(s.id(), MovementKind.RECEIVED, received, "Opening stock", "", "PO-100"));
                if (random.nextBoolean()) {
                    app.stock().adjust(new StockAdjustment(s.id(), MovementKind.DAMAGED, 1, "Torn in transit", "Carrier notified", "RMA-7"));
                }
            });
        }
    }
}
