package com.merchantdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes and barcodes may move between the SKUs of one product in a single save. */
class CatalogSwapTest {

    private static final Currency USD = Currency.getInstance("USD");
    @TempDir Path temp;

    @Test
    void skusOfOneProductCanSwapCodesAndBarcodes() {
        try (AppContext app = AppContext.open(new DataDirectory(temp), Clock.systemUTC())) {
            Product p = app.catalog().save(new ProductInput(null, "Mug", "", "", "active", List.of("Colour"),
                    List.of(new ProductInput.SkuInput(null, "MUG-A", List.of("Red"), "4006381333931", "9.00", "", "", "", ""),
                            new ProductInput.SkuInput(null, "MUG-B", List.of("Blue"), "036000291452", "9.00", "", "", "", "")),
                    List.of(), null), USD);
            Sku a = p.skus().get(0);
            Sku b = p.skus().get(1);

            ProductInput swapped = new ProductInput(p.id(), "Mug", "", "", "active", List.of("Colour"),
                    List.of(new ProductInput.SkuInput(a.id(), "MUG-B", List.of("Red"), "036000291452", "9.00", "", "", "", ""),
                            new ProductInput.SkuInput(b.id(), "MUG-A", List.of("Blue"), "4006381333931", "9.00", "", "", "", "")),
                    List.of(), p.createdAt());
            app.catalog().save(swapped, USD);

            assertThat(app.catalog().findByScan("MUG-B")).map(SkuRow::skuId).contains(a.id());
            assertThat(app.catalog().findByScan("4006381333931")).map(SkuRow::skuId).contains(b.id());
        }
    }
}
