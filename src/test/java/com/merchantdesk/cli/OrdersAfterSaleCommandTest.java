package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.StatusChange;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.sync.apply.PulledChanges;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code orders after-sale}: the requests waiting, and the seller's answer to one. */
@ExtendWith(EnglishMessages.class)
class OrdersAfterSaleCommandTest {

    @TempDir Path dir;
    private final String requestId = UUID.randomUUID().toString();

    @BeforeEach
    void aShippedOnlineOrderWithARequest() {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            String sku = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS",
                    "4006381333931"), ProductsListCommandTest.USD).skus().get(0).id();
            app.stock().adjust(new StockAdjustment(sku, MovementKind.RECEIVED, 10, "delivery", "", ""));
            Instant at = Instant.now().minusSeconds(86_400);
            OrderLine line = new OrderLine(UUID.randomUUID().toString(), sku, null, "Linen T-Shirt",
                    new Money("USD", 1990), 2, new Money("USD", 0), 0);
            Order order = new Order(UUID.randomUUID().toString(), "P-2026-0000100", null, null, PlatformChannel.PLATFORM,
                    PlatformOrderStatus.SHIPPED, PaymentState.PAID, PaymentMethod.PLATFORM, null, "Lee Jiwoo", null, null,
                    null, List.of(line), "USD", new Money("USD", 0), new Money("USD", 0), new Money("USD", 3980),
                    new Money("USD", 0), false, null, at, at, at, 3, List.of(
                    new StatusChange(PlatformOrderStatus.PAID, at, Actor.BUYER, null),
                    new StatusChange(PlatformOrderStatus.SHIPPED, at, Actor.PLATFORM, null)));
            AfterSale request = new AfterSale(requestId, order.id(), AfterSaleKind.RETURN_AND_REFUND, AfterSaleState.OPEN,
                    "too small", List.of(new RefundLine(line.id(), 1)), new Money("USD", 1990), at, null, null, null, 1);
            PulledChanges changes = PulledChanges.standard();
            app.database().write(c -> {
                changes.apply(c, new Change(ChangeKind.ORDER, order.id(), false, at, PlatformJson.mapper().valueToTree(order)));
                changes.apply(c, new Change(ChangeKind.AFTER_SALE, requestId, false, at,
                        PlatformJson.mapper().valueToTree(request)));
                return null;
            });
        }
    }

    @Test
    void listsTheRequestThenAcceptsItAndRefundsItWhenTheGoodsArrive() {
        CliRun list = CliRun.in(dir, "orders", "after-sale");
        assertThat(list.exit()).as(list.toString()).isZero();
        assertThat(list.out()).contains(requestId, "P-2026-0000100", "return and refund", "open", "too small");

        CliRun accept = CliRun.in(dir, "orders", "after-sale", requestId, "--accept");
        assertThat(accept.exit()).as(accept.toString()).isZero();
        assertThat(accept.out()).contains("Accepted return " + requestId + " on order P-2026-0000100");

        CliRun again = CliRun.in(dir, "orders", "after-sale", requestId, "--refuse");
        assertThat(again.exit()).as(again.toString()).isEqualTo(2);
        assertThat(again.err()).contains("ID: Request " + requestId + " is already accepted");

        CliRun received = CliRun.in(dir, "orders", "after-sale", requestId, "--received", "--restock");
        assertThat(received.exit()).as(received.toString()).isZero();
        assertThat(received.out()).contains("refunded 19.90 USD on order P-2026-0000100", "back in stock");
        assertThat(CliRun.in(dir, "orders", "after-sale").out()).contains("No after-sale requests wait");
    }

    @Test
    void anIdWithoutADecisionIsRefused() {
        CliRun r = CliRun.in(dir, "orders", "after-sale", requestId);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--accept, --refuse or --received");
    }
}
