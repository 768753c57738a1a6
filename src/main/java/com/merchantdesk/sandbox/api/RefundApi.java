package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.Refund;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refunds by their own UUID, after shipping (before it, an order is cancelled instead). A restocked refund puts
 * its units back into platform stock through this request, never also as an adjustment. A refund may answer a
 * buyer's after-sale request, which it then closes as accepted.
 */
public final class RefundApi {

    static final Set<PlatformOrderStatus> REFUNDABLE = EnumSet.of(PlatformOrderStatus.SHIPPED, PlatformOrderStatus.DELIVERED,
            PlatformOrderStatus.PARTIALLY_REFUNDED);

    private final Database db;

    public RefundApi(Database db) { this.db = db; }

    public ApiResponse refund(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Records.find(c, call.seller(), ChangeKind.REFUND, id))
                .orElseThrow(() -> ApiFailure.notFound("refund", id)).doc()));
    }

    public ApiResponse create(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "order_id", "lines", "amount", "restock", "reason", "after_sale_id", "desk_id"));
        String id = f.uuid(body, "", "id", true);
        String orderId = f.uuid(body, "", "order_id", true);
        Money amount = f.money(body, "", "amount", null, 1, true);
        Boolean restock = f.bool(body, "", "restock", true);
        String reason = f.text(body, "", "reason", 500, false);
        String afterSaleId = f.uuid(body, "", "after_sale_id", false);
        String deskId = f.uuid(body, "", "desk_id", false);
        List<RefundLine> lines = lines(f, body, "");
        f.done();
        Optional<StoredRecord> existing = Records.find(c, call.seller(), ChangeKind.REFUND, id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get().doc()));
        }
        StockApi.requireDesk(c, call, deskId);
        Order order = Orders.find(c, call.seller(), orderId).orElseThrow(() -> ApiFailure.invalid("order_id", "names no order of this account"));
        if (!REFUNDABLE.contains(order.status())) {
            throw ApiFailure.invalid("order_id", "the order is " + order.status().wire()
                    + "; refunds follow shipping (cancel an order that has not shipped)");
        }
        if (!amount.currency().equals(order.currency())) {
            f.problem("amount.currency", "must be the order's currency " + order.currency());
        } else if (amount.amountMinor() > order.total().amountMinor() - order.refunded().amountMinor()) {
            f.problem("amount", "is more than is left to refund (" + (order.total().amountMinor() - order.refunded().amountMinor()) + ")");
        }
        Map<String, Long> units = units(f, order, lines, "lines");
        AfterSale afterSale = afterSaleId == null ? null : openAfterSale(c, call, afterSaleId, orderId, f);
        f.done();
        Order next = OrderChanges.refunded(order, units, amount, call.now(), Actor.DESK, deskId, call.now());
        if (restock) {
            for (OrderLine line : order.lines()) {
                long back = units.getOrDefault(line.id(), 0L);
                if (back > 0 && line.skuId() != null && Skus.find(c, call.seller(), line.skuId()).isPresent()) {
                    Skus.moveStock(c, call.seller(), line.skuId(), back, call.now());
                }
            }
        }
        Refund refund = new Refund(id, orderId, lines, amount, restock, reason, afterSaleId, deskId, call.now());
        Records.put(c, call.seller(), ChangeKind.REFUND, id, orderId, 1, Map.of(), Docs.write(refund), call.now());
        Orders.put(c, call.seller(), next, call.now());
        if (afterSale != null) {
            AfterSaleApi.save(c, call, AfterSaleApi.answered(afterSale, AfterSaleState.ACCEPTED, afterSale.answerNote(), id, call.now()));
        }
        return ApiResponse.created(refund, "/v1/refunds/" + id);
    }

    private static AfterSale openAfterSale(Connection c, Call call, String id, String orderId, Fields f) throws SQLException {
        Optional<StoredRecord> stored = Records.find(c, call.seller(), ChangeKind.AFTER_SALE, id);
        if (stored.isEmpty()) {
            f.problem("after_sale_id", "names no after-sale request of this account");
            return null;
        }
        AfterSale afterSale = Docs.read(stored.get().doc(), AfterSale.class);
        if (!afterSale.orderId().equals(orderId)) {
            f.problem("after_sale_id", "is a request about another order");
        } else if (afterSale.state() == AfterSaleState.REJECTED || afterSale.refundId() != null) {
            f.problem("after_sale_id", "is already " + (afterSale.refundId() != null ? "refunded" : "rejected"));
        }
        return afterSale;
    }

    /** The refund's lines: each names a line of the order and at most the units not yet refunded. */
    static List<RefundLine> lines(Fields f, JsonNode body, String path) {
        List<RefundLine> lines = new ArrayList<>();
        List<JsonNode> items = f.array(body, path, "lines", 0, OrderApi.MAX_LINES, false);
        for (int i = 0; i < items.size(); i++) {
            String at = Fields.item(path, "lines", i);
            JsonNode item = f.object(items.get(i), at);
            f.onlyKnown(item, at, Set.of("line_id", "quantity"));
            String lineId = f.uuid(item, at, "line_id", true);
            Long quantity = f.integer(item, at, "quantity", 1, OrderApi.MAX_QUANTITY, true);
            if (lineId != null && quantity != null) {
                lines.add(new RefundLine(lineId, quantity));
            }
        }
        return lines;
    }

    private static Map<String, Long> units(Fields f, Order order, List<RefundLine> lines, String path) {
        Map<String, OrderLine> byId = new HashMap<>();
        order.lines().forEach(l -> byId.put(l.id(), l));
        Map<String, Long> units = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            RefundLine line = lines.get(i);
            OrderLine ordered = byId.get(line.lineId());
            if (ordered == null) {
                f.problem(path + "[" + i + "].line_id", "is not a line of order " + order.number());
                continue;
            }
            long total = units.getOrDefault(line.lineId(), 0L) + line.quantity();
            if (total > ordered.quantity() - ordered.refundedQuantity()) {
                f.problem(path + "[" + i + "].quantity", "is more than the " + (ordered.quantity() - ordered.refundedQuantity())
                        + " units of that line not yet refunded");
                continue;
            }
            units.put(line.lineId(), total);
        }
        return units;
    }
}
