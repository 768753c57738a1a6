package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code sales report}, {@code restock} and {@code basis}: figures that add up, and bad input refused naming the option. */
@ExtendWith(EnglishMessages.class)
class SalesCommandTest {

    @TempDir Path dir;
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();
    private String skuId;

    @BeforeEach
    void twoOrders() {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            var skus = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS",
                    "4006381333931"), ProductsListCommandTest.USD).skus();
            skuId = skus.get(0).id();
            app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 10, "delivery", "", ""));
            for (int quantity : new int[] {2, 3}) {
                app.orders().create(new OrderDraft(ProductsListCommandTest.USD, Channel.PHONE, null, null, Address.EMPTY,
                        List.of(new OrderDraft.LineDraft(skus.get(0).id(), String.valueOf(quantity), "10.00", "")), "", "", "",
                        PaymentMethod.CASH, true, "", MemoFlag.NONE, false), "test");
            }
        }
        CliRun basis = CliRun.in(dir, "sales", "basis", "--zone", "UTC", "--day-start", "0");
        assertThat(basis.exit()).as(basis.toString()).isZero();
        assertThat(basis.out()).contains("UTC");
    }

    @Test
    void reportPrintsTheRangesFiguresAsJsonCsvAndTable() throws Exception {
        CliRun json = CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode root = Json.mapper().readTree(json.out());
        assertThat(root.path("total").path("orders").asLong()).isEqualTo(2);
        assertThat(root.path("total").path("revenue").asText()).isEqualTo("50.00");
        assertThat(root.path("periods")).hasSize(1);

        CliRun csv = CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--csv", "--channel", "stall");
        assertThat(csv.exit()).as(csv.toString()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(2);
        assertThat(csv.out().lines().toList().get(1)).startsWith(today + ",0,0.00");

        CliRun table = CliRun.in(dir, "sales", "report", "--by", "month");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).contains("Revenue").contains("50.00");
    }

    @Test
    void reportWithShippingAddsThePerformanceOfTheParcelsShippedInTheRange() throws Exception {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            app.shipping().savePolicy(app.shipping().policy().withShop("KR", "UTC"));
            var order = app.orders().create(new OrderDraft(ProductsListCommandTest.USD, Channel.PHONE, null,
                    com.merchantdesk.customers.CustomerInput.named("Kim Minji", "010-1234-5678"),
                    new Address("Kim Minji", "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", "KR"),
                    List.of(new OrderDraft.LineDraft(skuId, "1", "10.00", "")), "", "", "", PaymentMethod.CARD, true, "",
                    MemoFlag.NONE, false), "test");
            app.shipping().create(new com.merchantdesk.shipping.ShipmentDraft(order.number(), "HANA", "",
                    com.merchantdesk.platform.carriers.DemoCarriers.HANA.trackingNumberFor(4711), List.of(), 500L, null), "test");
        }
        CliRun table = CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--shipping");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).contains("By ship-by").containsPattern("HANA +STD +1 +1 \\(100\\.0%\\) +0 +0 \\(–\\)");

        CliRun json = CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--shipping", "--json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode shipping = Json.mapper().readTree(json.out()).path("shipping");
        assertThat(shipping).hasSize(1);
        assertThat(shipping.get(0).path("carrier").asText()).isEqualTo("HANA");
        assertThat(shipping.get(0).path("shipped").asLong()).isEqualTo(1);
        assertThat(shipping.get(0).path("shippedByShipBy").asLong()).isEqualTo(1);
        assertThat(Json.mapper().readTree(CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--json").out())
                .has("shipping")).as("left out without --shipping").isFalse();

        CliRun stall = CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--shipping", "--csv", "--channel", "stall");
        assertThat(stall.exit()).as(stall.toString()).isZero();
        assertThat(stall.out().lines().toList()).containsExactly(
                "carrier,service,shipped,shipped_by_ship_by,delivered,delivered_by_promise");
        CliRun phone = CliRun.in(dir, "sales", "report", "--from", today, "--to", today, "--shipping", "--csv", "--channel", "phone");
        assertThat(phone.out().lines().toList()).hasSize(2).element(1).isEqualTo("HANA,STD,1,1,0,0");
    }

    @Test
    void restockListsTheSkusWithFewDaysLeft() throws Exception {
        CliRun json = CliRun.in(dir, "sales", "restock", "--days", "365", "--json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode rows = Json.mapper().readTree(json.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("available").asLong()).isEqualTo(5);
        assertThat(rows.get(0).path("soldLast30Days").asLong()).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedWithExitTwoNamingTheOption() {
        assertRefused("--from", "sales", "report", "--from", "2026-13-01", "--to", today);
        assertRefused("--to", "sales", "report", "--from", "2026-03-02", "--to", "2026-03-01");
        assertRefused("--to", "sales", "report", "--from", "2010-01-01", "--to", "2026-03-01");
        assertRefused("--by", "sales", "report", "--by", "year");
        assertRefused("--channel", "sales", "report", "--channel", "fax");
        assertRefused("--csv", "sales", "report", "--json", "--csv");
        assertRefused("--days", "sales", "restock", "--days", "0");
        assertRefused("--zone", "sales", "basis", "--zone", "Mars/Olympus");
        assertRefused("--day-start", "sales", "basis", "--day-start", "24");
    }

    private void assertRefused(String option, String... args) {
        CliRun r = CliRun.in(dir, args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(option).doesNotContain("Exception");
    }
}
