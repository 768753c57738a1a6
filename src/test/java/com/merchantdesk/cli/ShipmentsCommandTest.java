package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class ShipmentsCommandTest {

    @TempDir Path dir;
    private String number;
    private String orderId;

    @BeforeEach
    void aPaidOrderWithAnAddress() {
        try (AppContext app = app()) {
            var skus = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS",
                    "4006381333931"), ProductsListCommandTest.USD).skus();
            app.stock().adjust(new StockAdjustment(skus.get(0).id(), MovementKind.RECEIVED, 10, "delivery", "", ""));
            app.stock().adjust(new StockAdjustment(skus.get(1).id(), MovementKind.RECEIVED, 10, "delivery", "", ""));
            Order order = app.orders().create(new OrderDraft(ProductsListCommandTest.USD, Channel.PHONE, null,
                    CustomerInput.named("Kim Minji", "010-1234-5678"),
                    new Address("Kim Minji", "010-1234-5678", "12 Teheran-ro", "", "Seoul", "", "06234", ""),
                    List.of(new OrderDraft.LineDraft(skus.get(0).id(), "3", "", ""),
                            new OrderDraft.LineDraft(skus.get(1).id(), "1", "", "")),
                    "", "", "", PaymentMethod.CARD, true, "", MemoFlag.NONE, false));
            number = order.number();
            orderId = order.id();
        }
    }

    private AppContext app() { return AppContext.open(new DataDirectory(dir), Clock.systemUTC()); }

    private CliRun ok(String... args) {
        CliRun r = CliRun.in(dir, args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private CliRun refused(String... args) {
        CliRun r = CliRun.in(dir, args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    private long shipments() {
        try (AppContext app = app()) {
            return app.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM shipment")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void shipPartThenTheRestThenTrackItToTheDoor() throws Exception {
        String first = DemoCarriers.HANA.trackingNumberFor(1001);
        JsonNode part = Json.mapper().readTree(ok("shipments", "create", "--order", number, "--carrier", "hana",
                "--tracking", first, "--line", "TS-RED-M:2", "--weight", "450", "--json").out());
        assertThat(part.get("orderNumber").asText()).isEqualTo(number);
        assertThat(part.get("lines")).hasSize(1);
        assertThat(part.get("lines").get(0).get("quantity").asLong()).isEqualTo(2);
        assertThat(part.get("trackingUrl").asText()).endsWith(first);
        assertThat(status()).isEqualTo(OrderStatus.PACKED);

        String second = DemoCarriers.HANA.trackingNumberFor(1002);
        assertThat(ok("shipments", "create", "--order", orderId, "--carrier", "HANA", "--tracking", second).out())
                .contains("Shipped from " + number).contains("the order is now Shipped");
        assertThat(status()).isEqualTo(OrderStatus.SHIPPED);

        JsonNode list = Json.mapper().readTree(ok("shipments", "list", "--json").out());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("trackingNumber").asText()).as("newest first").isEqualTo(second);
        assertThat(list.get(0).get("orderId").asText()).isEqualTo(orderId);
        assertThat(list.get(0).get("orderNumber").asText()).isEqualTo(number);
        String id = list.get(0).get("id").asText();

        String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.SECONDS).toString();
        ok("shipments", "track", id, "--event", "delivered", "--at", at, "--place", "Gangnam");
        JsonNode shown = Json.mapper().readTree(ok("shipments", "show", id, "--json").out());
        assertThat(shown.get("status").asText()).isEqualTo("delivered");
        assertThat(shown.get("events")).hasSize(1);
        assertThat(shown.get("events").get(0).get("place").asText()).isEqualTo("Gangnam");
        assertThat(ok("shipments", "show", id).out()).contains("Delivered", "Gangnam", second);
        assertThat(ok("shipments", "list", "--carrier", "SWIFT").out()).contains("No shipments.");
    }

    @Test
    void badInputIsRefusedNamingTheOptionAndWritesNothing() {
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", "123").err())
                .contains("--tracking: 123 is not a Hana Express tracking number");
        String good = DemoCarriers.HANA.trackingNumberFor(5);
        String badCheck = good.substring(0, 11) + (char) ('0' + (good.charAt(11) - '0' + 1) % 10);
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", badCheck).err())
                .contains("--tracking: " + badCheck + " has a wrong check digit");
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "NOPE", "--tracking", good).err())
                .contains("--carrier: There is no carrier NOPE; known carriers: HANA, SWIFT, CITY, POST, EMS, GLX.");
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", good,
                "--line", "TS-RED-M:4").err()).contains("--line TS-RED-M:4: 4 units of TS-RED-M is more than were ordered (3).");
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", good,
                "--line", "MUG-9:1").err()).contains("--line MUG-9:1: MUG-9 is not on order " + number);
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", good,
                "--weight", "0").err()).contains("--weight: The weight must be more than 0 grams");
        assertThat(refused("shipments", "create", "--order", "D-1999-000009", "--carrier", "HANA", "--tracking", good).err())
                .contains("--order: There is no order D-1999-000009.");
        assertThat(shipments()).isZero();

        ok("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", good, "--line", "TS-RED-M:1");
        assertThat(refused("shipments", "create", "--order", number, "--carrier", "HANA", "--tracking", good).err())
                .contains("is already used by a parcel of order " + number);
        String id;
        try (AppContext app = app()) {
            id = app.shipping().search(com.merchantdesk.shipping.ShipmentQuery.all(java.time.Instant.now(), 0, 1)).items()
                    .get(0).id();
        }
        assertThat(refused("shipments", "track", id, "--event", "in_transit", "--at", "2026-12-04 14:30").err())
                .contains("--at: 2026-12-04 14:30 is not an ISO-8601 time with an offset");
        assertThat(refused("shipments", "track", id, "--event", "in_transit", "--at", "2026-12-04T14:30").err())
                .contains("--at: 2026-12-04T14:30 is not an ISO-8601 time with an offset");
        assertThat(shipments()).isEqualTo(1);
    }

    private OrderStatus status() {
        try (AppContext app = app()) {
            return app.orders().find(orderId).orElseThrow().status();
        }
    }
}
