package com.merchantdesk.orders;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.SettableClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** A data folder with a small catalogue in USD, for order tests; times come from a clock the test moves. */
public final class Shop implements AutoCloseable {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    public final SettableClock clock = new SettableClock(START);
    public final AppContext app;

    public Shop(Path dir) { this.app = AppContext.open(new DataDirectory(dir), clock); }

    public OrderService orders() { return app.orders(); }

    public CustomerService customers() { return app.customers(); }

    /** A product with one SKU of {@code code} at {@code price}, with {@code stock} received; returns the SKU id. */
    public String sku(String title, String code, String price, long stock) {
        Product p = app.catalog().save(new ProductInput(null, title, "", "Test", "active", List.of(),
                List.of(new ProductInput.SkuInput(null, code, List.of(), "", price, "", "", "", "0")), List.of(), null), USD);
        String skuId = p.skus().get(0).id();
        if (stock > 0) {
            app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, stock, "delivery", "", ""));
        }
        return skuId;
    }

    public SkuRow row(String skuId) { return app.catalog().findSku(skuId).orElseThrow(); }

    long onHand(String skuId) { return row(skuId).onHand(); }

    long available(String skuId) { return row(skuId).available(); }

    /** A phone order by a new customer, not paid, lines as SKU id and quantity pairs. */
    public static OrderDraft draft(Object... skuAndQuantity) {
        List<OrderDraft.LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new OrderDraft.LineDraft((String) skuAndQuantity[i], String.valueOf(skuAndQuantity[i + 1]), "", ""));
        }
        return new OrderDraft(USD, Channel.PHONE, null, CustomerInput.named("Kim Minji", "010-1234-5678"), Address.EMPTY, lines,
                "", "", "", PaymentMethod.CASH, false, "", MemoFlag.NONE, false);
    }

    public static OrderDraft paid(OrderDraft d) {
        return new OrderDraft(d.currency(), d.channel(), d.customerId(), d.newCustomer(), d.shippingAddress(), d.lines(),
                d.orderDiscount(), d.shippingFee(), d.taxRate(), d.paymentMethod(), true, d.memo(), d.memoFlag(),
                d.confirmOversell());
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> strings(String sql, Object... args) {
        return app.database().read(c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            }
            return result;
        });
    }

    long count(String sql, Object... args) { return Long.parseLong(strings(sql, args).get(0)); }

    /** Row counts of every table an order touches, to prove a refused or failed save changed nothing. */
    public List<Long> footprint() {
        return Arrays.stream(new String[] {"orders", "order_line", "order_status_history", "order_search", "customer",
                "customer_search", "stock_movement", "outbox", "order_number"})
                .map(t -> count("SELECT count(*) FROM " + t)).toList();
    }

    @Override
    public void close() { app.close(); }
}
