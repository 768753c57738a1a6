package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.Desk;
import com.merchantdesk.platform.FulfilmentStep;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.ProblemType;
import com.merchantdesk.platform.StatusChange;
import com.merchantdesk.platform.StockLevel;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Desks;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Orders. A desk creates its orders by their UUID with its number; each line takes platform stock when the order
 * arrives, below zero if need be (an offline sale that happened: the order is flagged oversold). Transitions are
 * requests of their own and follow the brief's ownership: the desk pays and cancels the orders it took (a
 * platform order's payment and buyer cancellation come from the platform: 403), and reports fulfilment steps for
 * all. A step the order has already passed changes nothing (200); a cancellation puts the unshipped units back
 * into platform stock through this request.
 */
public final class OrderApi {

    static final int MAX_LINES = 500;
    static final long MAX_QUANTITY = 1_000_000;
    static final Set<String> CREATE_FIELDS = Set.of("id", "number", "desk_id", "channel", "status", "payment_method",
            "customer_id", "customer_name", "customer_phone", "customer_email", "ship_to", "lines", "currency",
            "shipping_fee", "tax", "total", "notes", "placed_at", "paid_at");
    static final Set<String> LINE_FIELDS = Set.of("id", "sku_id", "sku_code", "title", "unit_price", "quantity", "discount");

    private final Database db;

    public OrderApi(Database db) { this.db = db; }

    public ApiResponse order(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Orders.findDoc(c, call.seller(), id)).orElseThrow(() -> ApiFailure.notFound("order", id))));
    }

    public ApiResponse create(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", CREATE_FIELDS);
        String id = f.uuid(body, "", "id", true);
        String number = f.text(body, "", "number", 40, true);
        String deskId = f.uuid(body, "", "desk_id", true);
        PlatformChannel channel = f.enumValue(body, "", "channel", PlatformChannel.class, true);
        if (channel == PlatformChannel.PLATFORM) {
            f.problem("channel", "platform orders are made by the marketplace; a desk's order is phone, stall, wholesale or other");
        }
        PlatformOrderStatus status = f.enumValue(body, "", "status", PlatformOrderStatus.class, true);
        if (status != null && status != PlatformOrderStatus.PENDING_PAYMENT && status != PlatformOrderStatus.PAID) {
            f.problem("status", "a new order is pending_payment or paid; send later steps as their own requests");
        }
        PaymentMethod method = f.enumValue(body, "", "payment_method", PaymentMethod.class, true);
        String customerId = f.uuid(body, "", "customer_id", false);
        String customerName = f.text(body, "", "customer_name", 120, false);
        String customerPhone = f.text(body, "", "customer_phone", 40, false);
        String customerEmail = f.text(body, "", "customer_email", 254, false);
        Address shipTo = Addresses.read(f, body == null ? null : body.get("ship_to"), "ship_to");
        String currency = f.currency(body, "", "currency", true);
        Money shipping = f.money(body, "", "shipping_fee", currency, 0, false);
        Money tax = f.money(body, "", "tax", currency, 0, false);
        Money total = f.money(body, "", "total", currency, 0, false);
        String notes = f.text(body, "", "notes", 2000, false);
        Instant placedAt = f.instant(body, "", "placed_at", true);
        Instant paidAt = f.instant(body, "", "paid_at", false);
        List<JsonNode> lineNodes = f.array(body, "", "lines", 1, MAX_LINES, true);
        List<LineInput> lines = new ArrayList<>();
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < lineNodes.size(); i++) {
            LineInput line = line(f, lineNodes.get(i), Fields.item("", "lines", i), currency);
            if (line != null && !lineIds.add(line.id)) {
                f.problem(Fields.item("", "lines", i) + ".id", "is the id of an earlier line of this order");
            }
            lines.add(line);
        }
        f.done();
        Optional<String> existing = Orders.findDoc(c, call.seller(), id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get()));
        }
        Desk desk = Desks.find(c, call.seller(), deskId)
                .orElseThrow(() -> ApiFailure.invalid("desk_id", "names no desk of this account: register it with POST /v1/desks"));
        Money goods = Money.zero(currency);
        List<OrderLine> orderLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput in = lines.get(i);
            String skuId = resolveSku(c, call, in, i, f);
            Money lineTotal = in.unitPrice.times(in.quantity).minus(in.discount);
            if (lineTotal.amountMinor() < 0) {
                f.problem(Fields.item("", "lines", i) + ".discount", "is more than the line's price times its quantity");
            }
            goods = goods.plus(lineTotal);
            orderLines.add(new OrderLine(in.id, skuId, in.skuCode, in.title, in.unitPrice, in.quantity, in.discount, 0));
        }
        Money shippingFee = shipping == null ? Money.zero(currency) : shipping;
        Money taxAmount = tax == null ? Money.zero(currency) : tax;
        Money computed = goods.plus(shippingFee).plus(taxAmount);
        if (total != null && total.amountMinor() != computed.amountMinor()) {
            f.problem("total", "is " + total.amountMinor() + " but the lines, shipping fee and tax add up to " + computed.amountMinor());
        }
        f.done();
        boolean oversold = false;
        for (OrderLine line : orderLines) {
            if (line.skuId() != null) {
                StockLevel after = Skus.moveStock(c, call.seller(), line.skuId(), -line.quantity(), call.now());
                oversold |= after.onHand() < 0;
            }
        }
        boolean paid = status == PlatformOrderStatus.PAID;
        Order order = new Order(id, number.strip(), deskId, desk.deskCode(), channel, status,
                paid ? PaymentState.PAID : PaymentState.UNPAID, method, customerId, customerName, customerPhone, customerEmail,
                shipTo, orderLines, currency, shippingFee, taxAmount, computed, Money.zero(currency), oversold, notes, placedAt,
                paid ? (paidAt == null ? placedAt : paidAt) : null, call.now(), 1,
                List.of(new StatusChange(status, placedAt, Actor.DESK, deskId)));
        Orders.put(c, call.seller(), order, call.now());
        return ApiResponse.created(order, "/v1/orders/" + id);
    }

    public ApiResponse createBatch(Connection c, Call call) throws SQLException {
        return Batches.run(c, call, this::create);
    }

    /** A desk's order paid (the desk owns its orders' payment). */
    public ApiResponse pay(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("paid_at", "payment_method", "desk_id"));
        Instant at = f.instant(body, "", "paid_at", true);
        PaymentMethod method = f.enumValue(body, "", "payment_method", PaymentMethod.class, false);
        String deskId = f.uuid(body, "", "desk_id", false);
        f.done();
        Order order = load(c, call);
        ownedByDesk(order, "payment");
        StockApi.requireDesk(c, call, deskId);
        if (order.paymentState() != PaymentState.UNPAID) {
            return ApiResponse.ok(order);
        }
        if (order.status() == PlatformOrderStatus.CANCELLED) {
            throw ApiFailure.invalid("paid_at", "the order was cancelled; a cancelled order cannot be paid");
        }
        Order next = OrderChanges.paid(order, method, at, Actor.DESK, deskId, call.now());
        Orders.put(c, call.seller(), next, call.now());
        return ApiResponse.ok(next);
    }

    /** A desk's order cancelled before shipping; its units go back into platform stock through this request. */
    public ApiResponse cancel(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("at", "reason", "desk_id"));
        Instant at = f.instant(body, "", "at", true);
        f.text(body, "", "reason", 500, false);
        String deskId = f.uuid(body, "", "desk_id", false);
        f.done();
        Order order = load(c, call);
        ownedByDesk(order, "cancellation");
        StockApi.requireDesk(c, call, deskId);
        if (order.status() == PlatformOrderStatus.CANCELLED) {
            return ApiResponse.ok(order);
        }
        if (!EnumSet.of(PlatformOrderStatus.PENDING_PAYMENT, PlatformOrderStatus.PAID, PlatformOrderStatus.PACKED).contains(order.status())) {
            throw ApiFailure.invalid("at", "the order is " + order.status().wire() + "; only an order not yet shipped can be cancelled (use a refund)");
        }
        Order next = OrderChanges.moved(order, PlatformOrderStatus.CANCELLED, at, Actor.DESK, deskId, call.now());
        restock(c, call, order);
        Orders.put(c, call.seller(), next, call.now());
        return ApiResponse.ok(next);
    }

    /** Packed, shipped or delivered, for any order the seller fulfils. Steps may be skipped; a step passed is a no-op. */
    public ApiResponse fulfil(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("step", "at", "desk_id"));
        FulfilmentStep step = f.enumValue(body, "", "step", FulfilmentStep.class, true);
        Instant at = f.instant(body, "", "at", true);
        String deskId = f.uuid(body, "", "desk_id", false);
        f.done();
        Order order = load(c, call);
        StockApi.requireDesk(c, call, deskId);
        PlatformOrderStatus target = PlatformOrderStatus.valueOf(step.name());
        Optional<Order> next = fulfilled(order, target, at, Actor.DESK, deskId, call.now());
        if (next.isEmpty()) {
            return ApiResponse.ok(order);
        }
        Orders.put(c, call.seller(), next.get(), call.now());
        return ApiResponse.ok(next.get());
    }

    /** The order after a fulfilment step, or empty when it has passed that step already. */
    static Optional<Order> fulfilled(Order order, PlatformOrderStatus target, Instant at, Actor actor, String deskId, Instant now) {
        PlatformOrderStatus status = order.status();
        if (status == PlatformOrderStatus.CANCELLED) {
            throw ApiFailure.invalid("step", "the order was cancelled; it cannot be " + target.wire());
        }
        if (status == PlatformOrderStatus.PENDING_PAYMENT) {
            throw ApiFailure.invalid("step", "the order is not paid yet; it cannot be " + target.wire());
        }
        if (status.ordinal() >= target.ordinal()) {
            return Optional.empty();
        }
        return Optional.of(OrderChanges.moved(order, target, at, actor, deskId, now));
    }

    private Order load(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        return Orders.find(c, call.seller(), id).orElseThrow(() -> ApiFailure.notFound("order", id));
    }

    private static void ownedByDesk(Order order, String what) {
        if (order.channel() == PlatformChannel.PLATFORM) {
            throw ApiFailure.of(ProblemType.NOT_OWNER, "A platform order's " + what
                    + " is the platform's (the buyer's); the desk reports fulfilment and answers after-sale requests");
        }
    }

    /** Puts an order's units not yet refunded back into platform stock. */
    static void restock(Connection c, Call call, Order order) throws SQLException {
        for (OrderLine line : order.lines()) {
            long units = line.quantity() - line.refundedQuantity();
            if (line.skuId() != null && units > 0 && Skus.find(c, call.seller(), line.skuId()).isPresent()) {
                Skus.moveStock(c, call.seller(), line.skuId(), units, call.now());
            }
        }
    }

    private static String resolveSku(Connection c, Call call, LineInput in, int index, Fields f) throws SQLException {
        String path = Fields.item("", "lines", index);
        if (in.skuId != null) {
            if (Skus.find(c, call.seller(), in.skuId).isEmpty()) {
                f.problem(path + ".sku_id", "names no SKU of this account: create the SKU first");
            }
            return in.skuId;
        }
        if (in.skuCode != null) {
            Optional<String> id = Skus.idOfCode(c, call.seller(), in.skuCode);
            if (id.isEmpty()) {
                f.problem(path + ".sku_code", "\"" + in.skuCode + "\" is the code of no SKU of this account");
            }
            return id.orElse(null);
        }
        return null;
    }

    private static LineInput line(Fields f, JsonNode node, String path, String currency) {
        if (f.object(node, path) == null) {
            return null;
        }
        f.onlyKnown(node, path, LINE_FIELDS);
        String id = f.uuid(node, path, "id", true);
        String skuId = f.uuid(node, path, "sku_id", false);
        String skuCode = f.text(node, path, "sku_code", 64, false);
        String title = f.text(node, path, "title", CatalogApi.MAX_TITLE, true);
        Money price = f.money(node, path, "unit_price", currency, 0, true);
        Long quantity = f.integer(node, path, "quantity", 1, MAX_QUANTITY, true);
        Money discount = f.money(node, path, "discount", currency, 0, false);
        if (id == null || title == null || price == null || quantity == null) {
            return null;
        }
        return new LineInput(id, skuId, skuCode, title, price, quantity, discount == null ? Money.zero(price.currency()) : discount);
    }

    private record LineInput(String id, String skuId, String skuCode, String title, Money unitPrice, long quantity, Money discount) {}
}
