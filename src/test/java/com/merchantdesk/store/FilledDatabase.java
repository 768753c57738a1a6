package com.merchantdesk.store;

import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.testsupport.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A database at the current version with rows in every table: the demo shop (products, SKUs, pictures, stock
 * ledger) and orders taken through the order service by new, returning and anonymous customers, moved along
 * their lifecycle, some cancelled, some refunded in part or in full.
 */
final class FilledDatabase {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Orders taken; every fifth is cancelled, and the shipped ones are refunded in turn. */
    static final int ORDERS = 24;

    private FilledDatabase() {}

    /** Fills a new data folder in {@code dir} and returns its closed database file. */
    static Path create(Path dir) {
        SettableClock clock = new SettableClock(START);
        try (AppContext app = AppContext.open(new DataDirectory(dir), clock)) {
            new DemoShop(app).fill();
            takeOrders(app, clock);
            return app.dataDirectory().database();
        }
    }

    /** Copies the closed database file (and a WAL left beside it, if any) to {@code file}. */
    static Path copy(Path source, Path file) {
        try {
            Files.copy(source, file);
            Path wal = source.resolveSibling(source.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, file.resolveSibling(file.getFileName() + "-wal"));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void takeOrders(AppContext app, SettableClock clock) {
        List<SkuRow> skus = app.catalog().search(ProductQuery.firstPage(400)).items().stream()
                .filter(s -> s.onHand() > 5).toList();
        OrderService orders = app.orders();
        String[][] people = {{"Kim Minji", "010-1234-5678"}, {"Emma Walsh", "+44 20 7946 0958"}, {"Zhang Wei", "138-0013-8000"}};
        List<Customer> known = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            clock.advance(Duration.ofHours(5));
            List<OrderDraft.LineDraft> lines = List.of(
                    OrderDraft.LineDraft.of(skus.get((i * 7) % skus.size()).skuId(), 1 + i % 3),
                    OrderDraft.LineDraft.of(skus.get((i * 7 + 3) % skus.size()).skuId(), 1));
            String[] person = people[i % people.length];
            Customer existing = known.stream().filter(c -> c.name().equals(person[0])).findFirst().orElse(null);
            boolean anonymous = i % 4 == 3;
            CustomerInput newCustomer = anonymous || existing != null ? null : CustomerInput.named(person[0], person[1]);
            OrderDraft draft = new OrderDraft(skus.get(0).price().currency(), i % 2 == 0 ? Channel.PHONE : Channel.STALL,
                    anonymous || existing == null ? null : existing.id(), newCustomer, Address.EMPTY, lines, "", "3.50",
                    i % 3 == 0 ? "10" : "", PaymentMethod.CASH, i % 5 != 1, i % 6 == 0 ? "Gift wrap" : "", MemoFlag.NONE, false);
            Order order = orders.create(draft);
            if (newCustomer != null) {
                app.customers().find(order.customerId()).ifPresent(known::add);
            }
            advance(orders, order, i);
        }
    }

    private static void advance(OrderService orders, Order order, int i) {
        if (i % 5 == 0) {
            orders.cancel(order.id(), "seller");
            return;
        }
        Order current = order;
        for (OrderStatus next : List.of(OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED).subList(0, i % 4)) {
            if (current.status().nextByTransition().contains(next)) {
                current = orders.transition(current.id(), next, "seller");
            }
        }
        if (OrderStatus.REFUNDABLE.contains(current.status())) {
            var line = current.lines().get(0);
            boolean whole = i % 3 == 0;
            String amount = whole ? current.total().toPlainString() : line.unitPrice().toPlainString();
            List<RefundRequest.RefundLine> back = whole
                    ? current.lines().stream().map(l -> new RefundRequest.RefundLine(l.skuId(), l.quantity())).toList()
                    : List.of(new RefundRequest.RefundLine(line.skuId(), 1));
            orders.refund(current.id(), new RefundRequest(amount, back, i % 2 == 0, "Wrong size"), "seller");
        }
    }
}
