package com.merchantdesk.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Shopify's and WooCommerce's published sample files, and files with the quirks real exports have. */
@ExtendWith(EnglishMessages.class)
class PlatformCsvImportTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir Path temp;
    private AppContext app;
    private ProductCsvImporter importer;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC());
        importer = new ProductCsvImporter(app.catalog(), app.clock());
    }

    @AfterEach
    void close() {
        app.close();
    }

    static Path resource(Path folder, String name) {
        try (InputStream in = PlatformCsvImportTest.class.getResourceAsStream("/csv/platforms/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Product product(String code) {
        SkuRow row = app.catalog().findByScan(code).orElseThrow();
        return app.catalog().find(row.productId()).orElseThrow();
    }

    private Sku sku(String code) {
        return product(code).skus().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private long onHand(String code) {
        return app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT l.on_hand FROM stock_level l JOIN sku s ON s.id = l.sku_id WHERE s.code = ?")) {
                ps.setString(1, code);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    // --- Shopify's own template --------------------------------------------------------------------

    @Test
    void shopifyTemplateIsRecognisedAndDescribedBeforeTheImport() {
        ProductCsvImporter.ReadFile read = importer.read(resource(temp, "shopify_product_template.csv"),
                CsvProgress.NONE, () -> false);

        assertThat(read.notes().dialect()).isEqualTo(CsvDialect.SHOPIFY_OLDER);
        assertThat(read.notes().summary()).isEqualTo("Shopify product CSV: 3 products, 16 variants");
        assertThat(read.notes().notImported()).contains("Vendor", "Tags", "SEO Title", "Google Shopping / Gender",
                "Price / International").doesNotContain("Handle", "Variant SKU", "Body (HTML)", "Variant Grams");
        assertThat(app.catalog().findByScan("SRT_COT_111")).as("reading changes nothing").isEmpty();
    }

    @Test
    void shopifyTemplateImportsAsShopifyDescribesIt() {
        ImportResult result = importer.importFile(resource(temp, "shopify_product_template.csv"), USD);

        assertThat(result.productsCreated()).isEqualTo(3);
        assertThat(result.skusCreated()).isEqualTo(16);
        Product shirt = product("SRT_COT_111");
        assertThat(shirt.title()).isEqualTo("Example T-Shirt");
        assertThat(shirt.description()).startsWith("This t-shirt is as simple as it gets.").doesNotContain("<p>");
        assertThat(shirt.category()).isEqualTo("Shirts");
        assertThat(shirt.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(shirt.optionNames()).containsExactly("Color", "Size");
        assertThat(shirt.skus()).hasSize(12);
        assertThat(sku("SRT_COT_433").optionValues()).containsExactly("Purple", "L");
        assertThat(sku("SRT_COT_111").weightGrams()).isEqualTo(145);
        assertThat(onHand("SRT_COT_111")).as("not tracked: no count").isZero();

        Product jeans = product("PNT_DEN_285");
        assertThat(jeans.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(jeans.optionNames()).containsExactly("Size");
        // Variant Grams is grams whatever Variant Weight Unit (oz) says, rounded to whole grams.
        assertThat(sku("PNT_DEN_285").weightGrams()).isEqualTo(227);
        assertThat(sku("PNT_DEN_405").weightGrams()).isEqualTo(397);
        assertThat(onHand("PNT_DEN_305")).as("tracked by shopify").isEqualTo(15);
        assertThat(sku("PNT_DEN_285").cost().toPlainString()).isEqualTo("50.00");
        assertThat(sku("PNT_DEN_285").compareAtPrice()).as("64.95 is below the price 95").isNull();

        Product hat = product("HAT_GRY_275");
        assertThat(hat.status()).isEqualTo(ProductStatus.ARCHIVED);
        assertThat(hat.optionNames()).as("Title / Default Title means no options").isEmpty();
        assertThat(sku("HAT_GRY_275").compareAtPrice().toPlainString()).isEqualTo("22.99");
        assertThat(sku("HAT_GRY_275").barcode()).as("3.6E+11 lost its digits").isNull();
        assertThat(onHand("HAT_GRY_275")).isEqualTo(50);

        assertThat(result.notes().adjusted()).extracting(CsvError::line, CsvError::column)
                .contains(tuple(14L, "Variant Compare At Price"), tuple(2L, "Variant Barcode"));
        // 6 shirt images, 4 jeans images (one from an image-only line), 1 hat image.
        assertThat(result.imagesQueued()).isEqualTo(11);
    }

    @Test
    void aBadShopifyLineIsNamedByLineAndShopifysColumnAndNothingIsImported() throws IOException {
        Path file = resource(temp, "shopify_product_template.csv");
        String text = Files.readString(file).replace("SRT_COT_222,145,,0,deny,manual,25,", "SRT_COT_222,145,,0,deny,manual,25.999,");
        Files.writeString(file, text);

        CsvImportException e = (CsvImportException) org.assertj.core.api.Assertions.catchThrowable(
                () -> importer.importFile(file, USD));

        assertThat(e.errors()).extracting(CsvError::line, CsvError::column).containsExactly(tuple(6L, "Variant Price"));
        assertThat(app.catalog().findByScan("SRT_COT_111")).isEmpty();
    }

    // --- WooCommerce's sample export ------------------------------------------------------------------

    @Test
    void wooCommerceSampleImportsSimpleAndVariableProductsAndSkipsGroupedAndExternal() {
        ImportResult result = importer.importFile(resource(temp, "woocommerce_sample_products.csv"), USD);

        assertThat(result.notes().dialect()).isEqualTo(CsvDialect.WOOCOMMERCE);
        assertThat(result.notes().summary()).isEqualTo("WooCommerce product export: 16 products, 21 variants");
        assertThat(result.notes().skipped()).extracting(CsvError::line).containsExactly(24L, 25L);
        assertThat(result.notes().skipped().get(0).message()).contains("Logo Collection").contains("grouped");
        assertThat(result.notes().notImported()).contains("Tags", "Download 1 URL", "Upsells")
                .doesNotContain("Regular price", "Parent", "Attribute 1 name");
        assertThat(app.catalog().findByScan("logo-collection")).isEmpty();
        assertThat(app.catalog().findByScan("wp-pennant")).isEmpty();

        Product vneck = product("woo-vneck-tee-red");
        assertThat(vneck.title()).isEqualTo("V-Neck T-Shirt");
        assertThat(vneck.category()).isEqualTo("Clothing > Tshirts");
        assertThat(vneck.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(vneck.optionNames()).as("Size is left as 'any' by every variation").containsExactly("Color");
        assertThat(vneck.skus()).extracting(Sku::code)
                .containsExactly("woo-vneck-tee-red", "woo-vneck-tee-green", "woo-vneck-tee-blue");
        assertThat(sku("woo-vneck-tee-blue").price().toPlainString()).isEqualTo("15.00");
        // .5 lbs on the parent, inherited: 226.796 g.
        assertThat(sku("woo-vneck-tee-red").weightGrams()).isEqualTo(227);
        assertThat(app.catalog().findByScan("woo-vneck-tee")).as("the parent is no SKU").isEmpty();

        Product hoodie = product("woo-hoodie-red");
        assertThat(hoodie.optionNames()).containsExactly("Color", "Logo");
        assertThat(hoodie.skus()).hasSize(4);
        assertThat(sku("woo-hoodie-blue-logo").optionValues()).containsExactly("Blue", "Yes");
        assertThat(sku("woo-hoodie-red").price().toPlainString()).isEqualTo("42.00");
        assertThat(sku("woo-hoodie-red").compareAtPrice().toPlainString()).isEqualTo("45.00");

        Product belt = product("woo-belt");
        assertThat(belt.optionNames()).isEmpty();
        assertThat(sku("woo-belt").price().toPlainString()).isEqualTo("55.00");
        assertThat(sku("woo-belt").compareAtPrice().toPlainString()).isEqualTo("65.00");
        assertThat(sku("woo-belt").weightGrams()).isEqualTo(544); // 1.2 lbs
        assertThat(product("woo-beanie").optionNames()).containsExactly("Color");
        assertThat(sku("woo-album").weightGrams()).isNull();
        assertThat(result.productsCreated()).isEqualTo(16);
    }

    @Test
    void aBadWooCommerceLineIsNamedByWooCommercesColumn() throws IOException {
        Path file = resource(temp, "woocommerce_sample_products.csv");
        String text = Files.readString(file).replace(",,,20,,,,", ",,,20.5.1,,,,");
        Files.writeString(file, text);

        CsvImportException e = (CsvImportException) org.assertj.core.api.Assertions.catchThrowable(
                () -> importer.importFile(file, USD));

        assertThat(e.errors()).extracting(CsvError::column).contains("Regular price");
        assertThat(e.errors()).extracting(CsvError::line).contains(17L);
        assertThat(app.catalog().findByScan("woo-belt")).isEmpty();
    }

    @Test
    void aVariationWhoseParentIsNotInTheFileIsRefusedAtItsParentCell() throws IOException {
        Path file = resource(temp, "woocommerce_sample_products.csv");
        Files.writeString(file, Files.readString(file).replace(",woo-hoodie,,,,,,3,", ",woo-hoody,,,,,,3,"));

        assertThatThrownBy(() -> importer.importFile(file, USD)).isInstanceOfSatisfying(CsvImportException.class,
                e -> assertThat(e.errors()).extracting(CsvError::line, CsvError::column)
                        .containsExactly(tuple(21L, "Parent")));
    }

    // --- quirks of real exports -------------------------------------------------------------------------

    @Test
    void shopifyExportQuirks() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("export"));
        Path file = resource(folder, "shopify-quirks.csv");
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(file)).contains("\r\n");

        ImportResult result = importer.importFile(file, USD);

        assertThat(result.notes().dialect()).isEqualTo(CsvDialect.SHOPIFY);
        assertThat(result.notes().summary()).isEqualTo("Shopify product CSV: 2 products, 3 variants");
        Product shirt = product("LS-RED-M");
        // Quoted line breaks inside the HTML, an entity, a list: readable text.
        assertThat(shirt.description())
                .isEqualTo("Soft, breathable linen.\n\n- Machine washable\n- Made in Portugal & Spain");
        assertThat(shirt.category()).isEqualTo("Shirts");
        assertThat(sku("LS-RED-M").weightGrams()).isEqualTo(180);
        assertThat(sku("LS-RED-M").barcode().value()).isEqualTo("4006381333931");
        assertThat(sku("LS-RED-L").compareAtPrice()).as("15.00 is below 19.90").isNull();
        assertThat(result.notes().adjusted()).extracting(CsvError::line, CsvError::column)
                .containsExactly(tuple(7L, "Compare-at price"));
        assertThat(onHand("LS-RED-L")).isEqualTo(7);
        Product mug = product("MUG-1");
        assertThat(mug.optionNames()).as("a variant without options").isEmpty();
        assertThat(mug.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(onHand("MUG-1")).as("no tracker").isZero();
        // The empty trailing columns are no column at all; no note lists them.
        assertThat(result.notes().notImported()).doesNotContain("").contains("Vendor", "SEO title");
        // images/red.png relative to the CSV's folder, and the image-only line's address.
        assertThat(result.imagesQueued()).isEqualTo(2);
        List<String> sources = app.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT source FROM product_image_fetch ORDER BY position")) {
                List<String> list = new java.util.ArrayList<>();
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
                return list;
            }
        });
        assertThat(sources).containsExactly(folder.resolve("images/red.png").toAbsolutePath().normalize().toString(),
                "https://example.invalid/linen-back.jpg");
    }

    @Test
    void importingTheSameShopifyFileAgainChangesNothingAndQueuesNoImageTwice() {
        Path file = resource(temp, "shopify_product_template.csv");
        importer.importFile(file, USD);
        CsvFixtures.Snapshot before = CsvFixtures.snapshot(app);

        ImportResult again = importer.importFile(file, USD);

        assertThat(again.productsUnchanged()).isEqualTo(3);
        assertThat(again.imagesQueued()).isZero();
        assertThat(CsvFixtures.snapshot(app)).isEqualTo(before);
    }

    @Test
    void ourOwnFileNotesItsUnknownColumnsOnce() {
        Path file = CsvFixtures.file(temp.resolve("ours.csv"), true, CsvFixtures.HEADER + ",vendor,,",
                "pen,Pen,,,,,,,,,,PEN-1,,1.00,,,,,,,Acme,,", "pencil,Pencil,,,,,,,,,,PEN-2,,1.00,,,,,,,Acme,,");

        ImportResult result = importer.importFile(file, USD);

        assertThat(result.notes().summary()).isEqualTo("Merchant Desk CSV: 2 products, 2 variants");
        assertThat(result.notes().notImported()).containsExactly("vendor");
    }

    // --- export and back --------------------------------------------------------------------------------

    @Test
    void aShopifyExportImportedBackGivesTheSameCatalogue() throws IOException {
        Path ours = CsvFixtures.withHeader(temp.resolve("ours.csv"),
                "shirt,Linen Shirt,\"Soft, breathable linen.\n\nMachine washable.\nDries fast.\",Apparel,active,Colour,Red,Size,M,,,TS-RED-M,4006381333931,19.90,25.00,8.10,USD,180,,12",
                "shirt,,,,,,Red,,L,,,TS-RED-L,,19.90,,8.10,USD,190,,7",
                "shirt,,,,,,Blue,,M,,,TS-BLU-M,,21.00,,,USD,,,0",
                "mug,Stoneware <Mug> & \"Cup\",=1+1 is text,Home,draft,,,,,,,MUG-1,TEA CUP 1,9.50,,,USD,350,,3",
                "old,Old Hat,,,archived,Material,Wool,,,,,HAT-1,,5,,,USD,,,");
        importer.importFile(ours, USD);
        Path shopify = temp.resolve("shopify.csv");
        new ProductCsvExporter(app.database()).exportFile(shopify, ExportFormat.SHOPIFY);
        List<String> before = CsvFixtures.catalogue(app);

        try (AppContext other = AppContext.open(new DataDirectory(temp.resolve("other")), Clock.systemUTC())) {
            ImportResult back = new ProductCsvImporter(other.catalog(), other.clock()).importFile(shopify, USD);

            assertThat(back.notes().dialect()).isEqualTo(CsvDialect.SHOPIFY_OLDER);
            assertThat(CsvFixtures.catalogue(other)).isEqualTo(before);
        }
        // And into the catalogue it came from: nothing to change.
        assertThat(importer.importFile(shopify, USD).productsUnchanged()).isEqualTo(3);
    }

    @Test
    void aWooCommerceExportFollowsWooCommercesFormulaRuleAndImportsBack() throws IOException {
        importer.importFile(CsvFixtures.withHeader(temp.resolve("ours.csv"),
                "shirt,=HYPERLINK(\"x\"),- soft,Apparel,active,Colour,Red,,,,,TS-RED,,19.90,25.00,,USD,180,,2",
                "shirt,,,,,,Blue,,,,,TS-BLU,,21.00,,,USD,,,0",
                "mug,Mug,,Home,archived,,,,,,,MUG-1,,9.50,,,USD,350,,3"), USD);
        Path woo = temp.resolve("woo.csv");
        new ProductCsvExporter(app.database()).exportFile(woo, ExportFormat.WOOCOMMERCE);
        String text = Files.readString(woo, StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"x\"\")\",").contains(",-1,").contains("TS-RED-parent");
        List<String> before = CsvFixtures.catalogue(app);

        try (AppContext other = AppContext.open(new DataDirectory(temp.resolve("other")), Clock.systemUTC())) {
            new ProductCsvImporter(other.catalog(), other.clock()).importFile(woo, USD);
            Product shirt = other.catalog().find(other.catalog().findByScan("TS-RED").orElseThrow().productId()).orElseThrow();
            assertThat(shirt.title()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(shirt.description()).isEqualTo("- soft");
            assertThat(shirt.skus()).extracting(Sku::code).containsExactly("TS-RED", "TS-BLU");
            // WooCommerce has no cost or reorder point; "archived" travels as -1 (private) and comes back a draft.
            assertThat(CsvFixtures.catalogue(other)).hasSameSizeAs(before);
        }
    }
}
