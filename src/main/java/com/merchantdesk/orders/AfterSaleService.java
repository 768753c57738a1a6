package com.merchantdesk.orders;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Origin;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.AfterSaleAnswer;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.SyncIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seller's answers to buyers' after-sale requests (the platform owns the requests; the desk answers them, brief
 * "Who owns what"). Each answer is one transaction with its outbox row ({@code POST /v1/after-sales/{id}/answer});
 * accepting a refund-only request refunds at once, and an accepted return is refunded when the seller records its
 * goods as received (restocked or not). The refund is queued naming the request ({@code after_sale_id}), which
 * closes it on the platform. Blocking: call from a background thread.
 */
public final class AfterSaleService {

    /** How long an answer's note may be (the API's limit). */
    public static final int MAX_NOTE = 500;

    private final Database db;
    private final Clock clock;
    private final SqliteOrderService orders;

    public AfterSaleService(Database db, Clock clock, OrderSalesEvents sales) {
        this.db = db;
        this.clock = clock;
        this.orders = new SqliteOrderService(db, clock, sales);
    }

    /** Open requests, then accepted returns waiting for their goods; oldest first. */
    public List<AfterSaleRequest> waiting(int limit) {
        return db.read(c -> AfterSales.waiting(c, limit));
    }

    public Optional<AfterSaleRequest> find(String id) {
        return db.read(c -> AfterSales.find(c, id == null ? "" : id.strip()));
    }

    /**
     * Accepts an open request. A refund-only request is refunded now; a return waits for its goods unless
     * {@code goodsReceived} says they are here already (then it is refunded now, restocked or not).
     */
    public AfterSaleRequest accept(String id, String note, boolean goodsReceived, boolean restock) {
        return db.write(c -> {
            Instant now = clock.instant();
            AfterSaleRequest request = open(c, id, note);
            if (restock && request.kind() == AfterSaleKind.REFUND_ONLY) {
                throw new ValidationException(FieldError.of("restock", "orders.afterSale.nothingComesBack"));
            }
            answer(c, request, AfterSaleAnswer.ACCEPT, AfterSaleState.ACCEPTED, note, now);
            if (request.kind() == AfterSaleKind.REFUND_ONLY || goodsReceived || restock) {
                refund(c, request, restock, now);
            }
            return AfterSales.find(c, request.id()).orElseThrow();
        });
    }

    /** Refuses an open request. */
    public AfterSaleRequest refuse(String id, String note) {
        return db.write(c -> {
            AfterSaleRequest request = open(c, id, note);
            answer(c, request, AfterSaleAnswer.REJECT, AfterSaleState.REJECTED, note, clock.instant());
            return AfterSales.find(c, request.id()).orElseThrow();
        });
    }

    /** The goods of an accepted return came back: it is refunded now, and with {@code restock} they go on the shelf. */
    public AfterSaleRequest receiveReturn(String id, boolean restock) {
        return db.write(c -> {
            AfterSaleRequest request = existing(c, id);
            if (!request.waitsForReturn()) {
                throw new ValidationException(FieldError.of("id", "orders.afterSale.noReturnWaiting", request.id()));
            }
            refund(c, request, restock, clock.instant());
            return AfterSales.find(c, request.id()).orElseThrow();
        });
    }

    private AfterSaleRequest existing(Connection c, String id) throws SQLException {
        String key = id == null ? "" : id.strip();
        return AfterSales.find(c, key).orElseThrow(() -> new ValidationException(
                FieldError.of("id", "orders.afterSale.missing", key)));
    }

    private AfterSaleRequest open(Connection c, String id, String note) throws SQLException {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new ValidationException(FieldError.of("note", "validation.tooLong", MAX_NOTE));
        }
        AfterSaleRequest request = existing(c, id);
        if (request.state() != AfterSaleState.OPEN) {
            throw new ValidationException(FieldError.of("id", "orders.afterSale.alreadyAnswered", request.id(),
                    com.merchantdesk.i18n.Messages.get("orders.afterSale.state." + request.state().name())));
        }
        if (request.orderNumber().isEmpty()) {
            throw new ValidationException(FieldError.of("id", "orders.afterSale.orderMissing", request.orderId()));
        }
        return request;
    }

    private static void answer(Connection c, AfterSaleRequest request, String decision, AfterSaleState state,
                               String note, Instant now) throws SQLException {
        String text = note == null || note.isBlank() ? null : note.strip();
        AfterSales.answered(c, request.id(), state, text, now);
        OutboxKey key = new OutboxKey(AfterSales.OUTBOX_ENTITY, request.id());
        Outbox.append(c, new Outbox.Change(key, "answer",
                WireJson.encode(new AfterSaleAnswer(decision, text, SyncIdentity.deskId(c))), now, List.of(key)));
    }

    private void refund(Connection c, AfterSaleRequest request, boolean restock, Instant now) throws SQLException {
        Order order = new OrderFulfilment().find(c, request.orderId()).orElseThrow().order();
        Money amount = request.amount() != null ? request.amount() : shareOf(order, request.unitsByPosition());
        orders.refundLines(c, order.id(), request.unitsByPosition(), amount, restock, request.reason(),
                OrderService.DEFAULT_ACTOR, now, Origin.DESK, null, request.id());
        AfterSales.refunded(c, request.id(), OrderOutbox.refundId(order.id(), lastRefundSeq(c, order.id())));
    }

    /** The money of the units asked for when the buyer named no amount: each line's net for those units. */
    private static Money shareOf(Order order, Map<Integer, Long> units) {
        Money total = Money.zero(order.currency());
        for (OrderLine line : order.lines()) {
            long back = units.getOrDefault(line.position(), 0L);
            if (back > 0) {
                total = total.plus(new Money(Math.multiplyExact(line.net().minorUnits(), back) / line.quantity(),
                        order.currency()));
            }
        }
        return total;
    }

    private static int lastRefundSeq(Connection c, String orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(r.seq) FROM order_refund r "
                + "JOIN orders o ON o.order_no = r.order_no WHERE o.id = ?")) {
            ps.setBytes(1, com.merchantdesk.store.Ids.toBytes(orderId).orElseThrow());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
