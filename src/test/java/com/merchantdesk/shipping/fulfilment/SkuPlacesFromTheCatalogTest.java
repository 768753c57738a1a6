package com.merchantdesk.shipping.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.pool.PoolEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bin locations, HS codes and origins set the way a seller sets them (the catalogue service behind the product form,
 * the catalogue CSV) are what the pick list walks by and what the customs declaration prints.
 */
class SkuPlacesFromTheCatalogTest {

    @TempDir Path dir;
    private FulfilmentShop shop;
    private Product tea;

    @BeforeEach
    void open() {
        shop = new FulfilmentShop(dir);
        // Codes in the opposite order of the bins, so only the bins can put them in walking order.
        tea = shop.app().catalog().save(new ProductInput(null, "Tea", "", "Food", "active", List.of("Kind"), List.of(
                new SkuInput(null, "TEA-ZZ", List.of("Green"), "", "8.00", "", "", "100", "", "A-02", "0902.10", "cn"),
                new SkuInput(null, "TEA-MM", List.of("Oolong"), "", "8.00", "", "", "100", "", "", "", ""),
                new SkuInput(null, "TEA-AA", List.of("Black"), "", "8.00", "", "", "100", "", "B-01", "0902.30", "")),
                List.of(), null), Shop.USD);
        tea.skus().forEach(s -> shop.app().stock().adjust(new StockAdjustment(s.id(), MovementKind.RECEIVED, 20, "", "", "")));
    }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void thePickListWalksTheBinsTheSellerSetAndFollowsAnImportedChange() throws Exception {
        Order order = shop.paidOrder("Kim", "", sku("TEA-AA"), 1, sku("TEA-MM"), 2, sku("TEA-ZZ"), 3);

        String text = pickList(order);
        assertThat(text.indexOf("TEA-ZZ")).as("bin A-02 first").isLessThan(text.indexOf("TEA-AA"));
        assertThat(text.indexOf("TEA-AA")).as("bin B-01, then the SKU without a bin").isLessThan(text.indexOf("TEA-MM"));
        assertThat(text).contains("A-02", "B-01");

        Path file = Files.writeString(dir.resolve("bins.csv"), "handle,title,sku,price,bin_location\n"
                + "tea,Tea,TEA-ZZ,8.00,C-09\ntea,,TEA-MM,8.00,A-01\ntea,,TEA-AA,8.00,B-01\n");
        new ProductCsvImporter(shop.app().catalog(), shop.app().clock()).importFile(file, Shop.USD);

        String after = pickList(order);
        assertThat(after.indexOf("TEA-MM")).as("A-01 now first").isLessThan(after.indexOf("TEA-AA"));
        assertThat(after.indexOf("TEA-AA")).isLessThan(after.indexOf("TEA-ZZ"));
    }

    @Test
    void theCustomsDeclarationPrintsTheHsCodeAndOriginTheSellerSet() throws Exception {
        shop.pool().add("EMS", List.of(new PoolEntry("line 1", DemoCarriers.EMS.trackingNumberFor(4000))));
        Order abroad = shop.paidOrder("Tanaka Yuki", "JP", sku("TEA-ZZ"), 1, sku("TEA-MM"), 1);
        List<Shipment> parcels = shop.batch().ship(List.of(abroad.number()), "EMS", "", "t");

        FulfilmentDocuments.Batch batch = shop.documents().batch(parcels, LabelSize.A6, Locale.ENGLISH,
                FulfilmentDocuments.Progress.NONE);

        String customs = PdfPages.texts(batch.pdf()).get(1);
        assertThat(customs).contains("CUSTOMS DECLARATION", "HS 090210", "Origin CN",
                "Origin KR"); // the Oolong has no origin of its own: the shop's country
        assertThat(customs).doesNotContain("0902.10");
    }

    private String sku(String code) {
        return tea.skus().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    private String pickList(Order order) throws Exception {
        return PdfPages.texts(shop.documents().pickList(List.of(order.number()), Locale.ENGLISH)).get(0);
    }
}
