package com.merchantdesk.sales;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** A data folder with SKUs that have costs, and short ways to sell, pay, cancel and refund at chosen times. */
final class SalesShop implements AutoCloseable {

    static final Currency USD = Currency.getInstance("USD");

    final SettableClock clock;
    final AppContext app;

    SalesShop(Path dir, Instant start) {
        clock = new SettableClock(start);
        app = AppContext.open(new DataDirectory(dir), clock);
    }

    /** A SKU priced {@code price} costing {@code cost} (blank: no cost) with plenty of stock; returns its id. */
    String sku(String code, String price, String cost) {
        Product p = app.catalog().save(new ProductInput(null, "Item " + code, "", "Test", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, code, List.of(), "", price, "", cost, "", "0")), List.of(), null), USD);
        String skuId = p.skus().get(0).id();
        app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, 100_000, "delivery", "", ""));
        return skuId;
    }

    String customer(String name) {
        return app.customers().save(CustomerInput.named(name, "010-" + Math.abs(name.hashCode() % 10_000) + "-0000")).id();
    }

    void at(Instant when) { clock.set(when); }

    void later(Duration by) { clock.advance(by); }

    Order sell(Channel channel, String customerId, boolean paid, String orderDiscount, String shipping, String taxRate,
               List<OrderDraft.LineDraft> lines) {
        OrderDraft draft = new OrderDraft(USD, channel, customerId, null, Address.EMPTY, lines, orderDiscount, shipping,
                taxRate, PaymentMethod.CASH, paid, "", MemoFlag.NONE, true);
        return app.orders().create(draft, "test");
    }

    Order sell(String skuId, long quantity, boolean paid) {
        return sell(Channel.PHONE, null, paid, "", "", "", List.of(OrderDraft.LineDraft.of(skuId, quantity)));
    }

    Order move(Order o, OrderStatus to) { return app.orders().transition(o.id(), to, "test"); }

    Order ship(Order o) {
        Order now = o;
        if (now.status() == OrderStatus.PENDING_PAYMENT) {
            now = move(now, OrderStatus.PAID);
        }
        now = move(now, OrderStatus.PACKED);
        return move(now, OrderStatus.SHIPPED);
    }

    Order refund(Order o, String amount, boolean restock, Object... skuAndUnits) {
        List<RefundRequest.RefundLine> lines = new ArrayList<>();
        for (int i = 0; i < skuAndUnits.length; i += 2) {
            lines.add(new RefundRequest.RefundLine((String) skuAndUnits[i], ((Number) skuAndUnits[i + 1]).longValue()));
        }
        return app.orders().refund(o.id(), new RefundRequest(amount, lines, restock, ""), "test");
    }

    /** The figures of one business day, all channels. */
    SalesFigures day(LocalDate day) {
        return app.sales().report(new SalesRange(day, day), Granularity.DAY, Set.of()).total();
    }

    SalesFigures range(LocalDate from, LocalDate to) {
        return app.sales().report(SalesRange.of(from, to), Granularity.DAY, Set.of()).total();
    }

    void basis(String zone, int dayStartHour) {
        app.sales().rebuild(new BusinessDays(java.time.ZoneId.of(zone), dayStartHour), RebuildProgress.NONE);
    }

    @Override
    public void close() { app.close(); }
}
