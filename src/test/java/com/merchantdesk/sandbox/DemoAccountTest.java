package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.sandbox.demo.DemoAccount;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's demo account is the desk's demo shop: the same SKU codes, titles, prices and stock. */
class DemoAccountTest {

    @TempDir
    Path sandboxFolder;

    @TempDir
    Path deskFolder;

    @Test
    void theDemoAccountsCatalogueEqualsTheDesksDemo() {
        Map<String, String> desk = new HashMap<>();
        try (AppContext app = AppContext.open(new DataDirectory(deskFolder), Clock.systemUTC())) {
            new DemoShop(app).fill();
            int offset = 0;
            while (true) {
                var page = app.catalog().search(new com.merchantdesk.catalog.ProductQuery("", null, null, false,
                        com.merchantdesk.catalog.ProductQuery.Sort.CODE, false, offset, 500));
                for (SkuRow row : page.items()) {
                    desk.put(row.code(), row.price().minorUnits() + "|" + row.onHand());
                }
                offset += page.items().size();
                if (page.items().isEmpty() || !page.hasNext()) {
                    break;
                }
            }
        }
        try (SandboxFixture sandbox = new SandboxFixture(sandboxFolder)) {
            DemoAccount.Seeded seeded = DemoAccount.seed(sandbox.db(), "alpha", Currency.getInstance("USD"), SandboxFixture.START);
            assertThat(seeded.skus()).isEqualTo(desk.size());
            Map<String, Long> prices = new HashMap<>();
            Map<String, Long> stock = new HashMap<>();
            for (String kind : new String[] {"sku", "stock"}) {
                String token = null;
                do {
                    JsonNode page = sandbox.alpha.get("/v1/snapshot?kind=" + kind + "&limit=500" + (token == null ? "" : "&page_token=" + token)).json();
                    page.path("items").forEach(item -> {
                        if (kind.equals("sku")) {
                            prices.put(item.path("code").asText(), item.path("price").path("amount_minor").asLong());
                        } else {
                            stock.put(item.path("sku_code").asText(), item.path("on_hand").asLong());
                        }
                    });
                    token = page.path("has_more").asBoolean() ? page.path("next_page_token").asText() : null;
                } while (token != null);
            }
            Map<String, String> platform = new HashMap<>();
            prices.forEach((code, price) -> platform.put(code, price + "|" + stock.get(code)));
            assertThat(platform).isEqualTo(desk);
            assertThatThrownBy(() -> DemoAccount.seed(sandbox.db(), "alpha", Currency.getInstance("USD"), SandboxFixture.START))
                    .as("an account with products is left alone").isInstanceOf(IllegalStateException.class);
        }
    }
}
