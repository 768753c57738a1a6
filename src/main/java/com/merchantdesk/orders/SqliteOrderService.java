package com.merchantdesk.orders;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.ProductSearch;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerRepository;
import com.merchantdesk.customers.CustomerRules;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Origin;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.CrashPoints;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import com.merchantdesk.store.SyncIdentity;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.customers.CustomerWire;
import com.merchantdesk.catalog.CatalogService;
import java.util.Set;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link OrderService} on the app's SQLite database. Stock rule (docs/orders.md): an order's SOLD movements
 * take its units out of on-hand when it is saved, so {@code stock_level.reserved} is left alone (counting the
 * units there as well would take them off "available" twice); cancelling puts them back with RETURNED
 * movements; shipping moves no stock.
 */
public final class SqliteOrderService implements OrderService {

    static final String SOLD_REASON = "order";
    static final String CANCEL_REASON = "order cancelled";
    static final String RETURN_REASON = "order return";

    /** The codes of the statuses whose units are sold but still on the shelf. */
    private static final String OPEN_UNSHIPPED = OrderCodes.statusList(
            java.util.EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.PACKED));

    private final Database db;
    private final Clock clock;
    private final OrderRepository orders = new OrderRepository();
    private final CustomerRepository customers = new CustomerRepository();
    private final OrderListQuery list = new OrderListQuery();
    private final ProductSearch skus = new ProductSearch();
    private final StockLedger ledger = new StockLedger();
    private final OrderSalesEvents sales;

    /** A service whose writes tell no sales figures (tests of other features). */
    public SqliteOrderService(Database db, Clock clock) {
        this(db, clock, OrderSalesEvents.NONE);
    }

    /** {@code sales} hears every write that changes the sales figures, on the same transaction. */
    public SqliteOrderService(Database db, Clock clock, OrderSalesEvents sales) {
        this.db = db;
        this.clock = clock;
        this.sales = sales;
    }

    @Override
    public Order create(OrderDraft draft, String actor) {
        Order order = db.write(c -> {
            Order written = create(c, draft, actor, clock.instant());
            CrashPoints.reached(CrashPoints.ORDER_WRITTEN);
            return written;
        });
        CrashPoints.reached(CrashPoints.ORDER_COMMITTED);
        return order;
    }

    /**
     * Saves the draft on the caller's transaction at {@code now}: everything of the order, or (on a refusal)
     * nothing. Public for writers that replay a history in one transaction (the demo history; later sync).
     */
    public Order create(Connection c, OrderDraft draft, String actor, Instant now) throws SQLException {
        return create(c, draft, actor, now, null);
    }

    /**
     * {@link #create(Connection, OrderDraft, String, Instant)} for an order the platform took, under the platform's
     * number ({@code P-2026-0001234}); its channel must be {@code PLATFORM}. For the demo history now, sync later.
     */
    public Order createFromPlatform(Connection c, OrderDraft draft, String platformNumber, String actor, Instant now)
            throws SQLException {
        return create(c, draft, actor, now, java.util.Objects.requireNonNull(platformNumber, "platformNumber"));
    }

    private Order create(Connection c, OrderDraft draft, String actor, Instant now, String platformNumber)
            throws SQLException {
        DraftReader.Result read = DraftReader.read(draft, skuRows(c, draft.lines()), platformNumber != null);
        List<FieldError> errors = new ArrayList<>(read.errors());
        CustomerChoice customer = customer(c, draft, now, errors);
        boolean oversold = read.ok() && oversold(read.lines(), draft.confirmOversell(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // An order the platform took (its number given) is the platform's already: applying it queues nothing.
        boolean fromDesk = platformNumber == null;
        if (customer.isNew()) {
            customers.insert(c, customer.customer());
            if (fromDesk) {
                Outbox.append(c, new Outbox.Change(new OutboxKey(Customer.OUTBOX_ENTITY, customer.customer().id()),
                        "create", WireJson.encode(CustomerWire.create(customer.customer())), now, List.of()));
            }
        }
        String id = Ids.newIdString();
        String number = platformNumber != null ? platformNumber
                : OrderNumbers.next(c, SyncIdentity.deskCode(c), now.atZone(ZoneOffset.UTC).getYear());
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < read.lines().size(); i++) {
            DraftReader.ReadLine l = read.lines().get(i);
            lines.add(new OrderLine(i, l.sku().skuId(), l.sku().code(), l.sku().title(),
                    l.sku().optionLabel(), l.unitPrice(), l.quantity(), l.discount(), 0));
        }
        OrderStatus status = draft.paid() ? OrderStatus.PAID : OrderStatus.PENDING_PAYMENT;
        Customer who = customer.customer();
        Order order = new Order(id, number, read.channel(), who == null ? null : who.id(), who == null ? "" : who.name(),
                who == null ? "" : who.phone(), draft.shippingAddress(), lines, read.totals(), draft.currency(),
                read.paymentMethod(), draft.paid() ? PaymentState.PAID : PaymentState.UNPAID, null,
                draft.memo() == null ? "" : draft.memo().strip(), draft.memoFlag(), oversold, status, now, now,
                draft.paid() ? now : null);
        long orderNo = orders.insert(c, order);
        orders.addHistory(c, orderNo, null, status, actor, "", now);
        for (OrderLine line : lines) {
            ledger.record(c, line.skuId(), MovementKind.SOLD, -line.quantity(), SOLD_REASON, "", number, now);
        }
        if (fromDesk) {
            OrderOutbox.created(c, order, now);
        }
        sales.ordersWritten(c, orderNo, orderNo);
        return order;
    }

    private record CustomerChoice(Customer customer, boolean isNew) {}

    private CustomerChoice customer(Connection c, OrderDraft draft, Instant now, List<FieldError> errors)
            throws SQLException {
        if (draft.customerId() != null && !draft.customerId().isBlank()) {
            Optional<Customer> existing = customers.find(c, draft.customerId());
            if (existing.isEmpty()) {
                errors.add(FieldError.of("customer", "orders.validation.customerMissing"));
                return new CustomerChoice(null, false);
            }
            return new CustomerChoice(existing.get(), false);
        }
        if (draft.newCustomer() == null) {
            return new CustomerChoice(null, false);
        }
        List<FieldError> own = CustomerRules.errors(draft.newCustomer());
        if (!own.isEmpty()) {
            own.forEach(e -> errors.add(e.under("customer")));
            return new CustomerChoice(null, false);
        }
        return new CustomerChoice(CustomerRules.toCustomer(draft.newCustomer(), null, now), true);
    }

    /**
     * True when a line takes more than is available (units of one SKU on several lines add up). Without the
     * seller's confirmation each such line gets an error naming what is available for it.
     */
    private static boolean oversold(List<DraftReader.ReadLine> lines, boolean confirmed, List<FieldError> errors) {
        Map<String, Long> taken = new LinkedHashMap<>();
        boolean oversold = false;
        for (int i = 0; i < lines.size(); i++) {
            DraftReader.ReadLine l = lines.get(i);
            long before = taken.getOrDefault(l.sku().skuId(), 0L);
            long available = l.sku().available() - before;
            if (l.quantity() > available) {
                oversold = true;
                if (!confirmed) {
                    errors.add(FieldError.of("lines[" + i + "].quantity", "orders.validation.oversell",
                            available, l.sku().code()));
                }
            }
            taken.put(l.sku().skuId(), before + l.quantity());
        }
        return oversold;
    }

    private Map<String, SkuRow> skuRows(Connection c, List<OrderDraft.LineDraft> lines) throws SQLException {
        Map<String, SkuRow> rows = new LinkedHashMap<>();
        for (OrderDraft.LineDraft line : lines) {
            if (line != null && line.skuId() != null && !rows.containsKey(line.skuId())) {
                skus.findBySkuId(c, line.skuId()).ifPresent(r -> rows.put(r.skuId(), r));
            }
        }
        return rows;
    }

    @Override
    public OrderTotals previewTotals(OrderDraft draft) {
        return db.read(c -> DraftReader.previewTotals(draft, skuRows(c, draft.lines())));
    }

    @Override
    public Optional<Order> find(String orderId) {
        return db.read(c -> orders.find(c, orderId).map(OrderRepository.Stored::order));
    }

    @Override
    public Optional<Order> findByNumber(String number) {
        return db.read(c -> orders.findByNumber(c, number).map(OrderRepository.Stored::order));
    }

    @Override
    public Page<OrderRow> search(OrderQuery query) {
        return db.read(c -> list.search(c, query));
    }

    @Override
    public OrderSummaryCounts counts() {
        return db.read(list::counts);
    }

    @Override
    public List<StatusChange> history(String orderId) {
        return db.read(c -> {
            Optional<OrderRepository.Stored> stored = orders.find(c, orderId);
            return stored.isEmpty() ? List.of() : orders.history(c, stored.get().orderNo(), orderId);
        });
    }

    @Override
    public Order transition(String orderId, OrderStatus target, String actor) {
        return db.write(c -> transition(c, orderId, target, actor, clock.instant()));
    }

    /** {@link #transition(String, OrderStatus, String)} on the caller's transaction at {@code now}. */
    public Order transition(Connection c, String orderId, OrderStatus target, String actor, Instant now)
            throws SQLException {
        return transition(c, orderId, target, actor, now, Origin.DESK);
    }

    /**
     * A status step by {@code origin}: the desk's is checked against the desk's form and queued; the platform's is
     * followed as it comes (recorded in the history, stock moved, nothing queued).
     */
    public Order transition(Connection c, String orderId, OrderStatus target, String actor, Instant now, Origin origin)
            throws SQLException {
        OrderRepository.Stored stored = existing(c, orderId);
        Order before = stored.order();
        if (!origin.queues() && before.status() == target) {
            return before;
        }
        if (origin.queues()) {
            refuseAtTheDesk(c, stored, target);
        }
        return applyTransition(c, stored, target, actor, now, origin);
    }

    private void refuseAtTheDesk(Connection c, OrderRepository.Stored stored, OrderStatus target) throws SQLException {
        Order before = stored.order();
        Optional<String> refusal = before.status().refusal(target);
        if (refusal.isPresent()) {
            throw new ValidationException(FieldError.of("status", refusal.get(), StatusNames.of(before.status()),
                    StatusNames.of(target)));
        }
        if (before.channel() == Channel.PLATFORM && (target == OrderStatus.PAID || target == OrderStatus.CANCELLED)) {
            // The platform owns its online orders' payment and cancellation (brief, "Who owns what").
            throw new ValidationException(FieldError.of("status", "orders.transition.platformOwns"));
        }
        if (target == OrderStatus.CANCELLED && hasParcels(c, stored.orderNo())) {
            // Part of it has left in a parcel (docs/shipping.md): its units cannot go back on the shelf.
            throw new ValidationException(FieldError.of("status", "orders.transition.cancelPartlyShipped",
                    StatusNames.of(before.status())));
        }
    }

    private Order applyTransition(Connection c, OrderRepository.Stored stored, OrderStatus target, String actor,
                                  Instant now, Origin origin) throws SQLException {
        return applyTransition(c, stored, target, actor, now, origin, target == OrderStatus.PAID ? now : null);
    }

    /**
     * The platform's step of a pulled order, as it comes (even a skip the desk's form would refuse), recorded in the
     * history with the platform's actor and queuing nothing. {@code platformPaidAt}: when the platform says the order
     * was paid (a pending order the platform moved straight on is paid then), or null. Nothing happens when the
     * order is already there.
     */
    public Order follow(Connection c, String orderId, OrderStatus target, Instant platformPaidAt, String actor,
                        Instant at) throws SQLException {
        OrderRepository.Stored stored = existing(c, orderId);
        Order before = stored.order();
        boolean newlyPaid = platformPaidAt != null && before.paidAt() == null;
        if (before.status() == target && !newlyPaid) {
            return before;
        }
        if (before.status() == target) {
            Order after = with(before, target, paidState(before.paymentState()), before.refunded(), before.lines(), at,
                    platformPaidAt);
            orders.updateState(c, stored.orderNo(), after, before.status());
            sales.paid(c, stored.orderNo());
            return after;
        }
        return applyTransition(c, stored, target, actor, at, Origin.PLATFORM, newlyPaid ? platformPaidAt : null);
    }

    private static PaymentState paidState(PaymentState state) {
        return state == PaymentState.UNPAID ? PaymentState.PAID : state;
    }

    private Order applyTransition(Connection c, OrderRepository.Stored stored, OrderStatus target, String actor,
                                  Instant now, Origin origin, Instant paidNow) throws SQLException {
        Order before = stored.order();
        boolean paying = paidNow != null && before.paidAt() == null;
        PaymentState payment = paying ? paidState(before.paymentState()) : before.paymentState();
        Instant paidAt = paying ? paidNow : before.paidAt();
        Order after = with(before, target, payment, before.refunded(), before.lines(), now, paidAt);
        if (target == OrderStatus.CANCELLED) {
            for (OrderLine line : before.lines()) {
                // A line without a SKU of the desk (a pulled line that needs mapping) moved no stock.
                if (line.hasSku() && line.remainingQuantity() > 0) {
                    ledger.record(c, line.skuId(), MovementKind.RETURNED, line.remainingQuantity(), CANCEL_REASON,
                            "", before.number(), now);
                }
            }
        }
        orders.updateState(c, stored.orderNo(), after, before.status());
        orders.addHistory(c, stored.orderNo(), before.status(), target, actor, "", now);
        if (origin.queues()) {
            OrderOutbox.transitioned(c, before, after, now);
        }
        if (paying) {
            sales.paid(c, stored.orderNo());
        }
        if (target == OrderStatus.CANCELLED) {
            sales.cancelled(c, stored.orderNo(), now);
        }
        return after;
    }

    @Override
    public Order refund(String orderId, RefundRequest request, String actor) {
        return db.write(c -> refund(c, orderId, request, actor, clock.instant()));
    }

    /** {@link #refund(String, RefundRequest, String)} on the caller's transaction at {@code now}. */
    public Order refund(Connection c, String orderId, RefundRequest request, String actor, Instant now)
            throws SQLException {
        return refund(c, orderId, request, actor, now, Origin.DESK);
    }

    /** A refund by {@code origin}: the desk's is queued, the platform's (pulled, or known history) is not. */
    public Order refund(Connection c, String orderId, RefundRequest request, String actor, Instant now, Origin origin)
            throws SQLException {
        OrderRepository.Stored stored = existing(c, orderId);
        RefundPlan plan = RefundPlan.of(stored.order(), request);
        return recordRefund(c, stored, plan, request.restock(), request.reason(), actor, now, origin, null, null);
    }

    /**
     * A refund of units named by line position (how the platform names them): a pulled refund ({@code PLATFORM},
     * stored under the platform's {@code refundId} and followed even where the desk's form would refuse it, e.g. a
     * refund pulled before the order's shipped step), or the desk's answer to a buyer's after-sale request
     * ({@code DESK}, queued with {@code afterSaleId}; refundId null: the desk's own id is derived).
     */
    public Order refundLines(Connection c, String orderId, Map<Integer, Long> unitsByPosition, Money amount,
                             boolean restock, String reason, String actor, Instant now, Origin origin, String refundId,
                             String afterSaleId) throws SQLException {
        return refundLines(c, existing(c, orderId), unitsByPosition, amount, restock, reason, actor, now, origin,
                refundId, afterSaleId);
    }

    /** The same refund of the order as the caller just read it (a pulled refund reads its order once). */
    Order refundLines(Connection c, OrderRepository.Stored stored, Map<Integer, Long> unitsByPosition, Money amount,
                      boolean restock, String reason, String actor, Instant now, Origin origin, String refundId,
                      String afterSaleId) throws SQLException {
        RefundPlan plan = RefundPlan.ofPositions(stored.order(), unitsByPosition, amount, origin.queues());
        return recordRefund(c, stored, plan, restock, reason == null ? "" : reason.strip(), actor, now, origin,
                refundId, afterSaleId);
    }

    private Order recordRefund(Connection c, OrderRepository.Stored stored, RefundPlan plan, boolean restock,
                               String reason, String actor, Instant now, Origin origin, String platformRefundId,
                               String afterSaleId) throws SQLException {
        Order before = stored.order();
        List<OrderLine> lines = new ArrayList<>();
        List<OrderPayloads.RefundedUnits> units = new ArrayList<>();
        for (OrderLine line : before.lines()) {
            long back = plan.unitsByPosition().getOrDefault(line.position(), 0L);
            if (back == 0) {
                lines.add(line);
                continue;
            }
            OrderLine changed = line.withRefunded(line.refundedQuantity() + back);
            lines.add(changed);
            units.add(new OrderPayloads.RefundedUnits(line.skuId(), line.skuCode(), back));
            orders.updateRefundedQuantity(c, stored.orderNo(), line.position(), changed.refundedQuantity());
            // A line that needs mapping moved no stock: its return moves none either (mapping counts what is left).
            if (restock && line.hasSku()) {
                ledger.record(c, line.skuId(), MovementKind.RETURNED, back, RETURN_REASON, reason,
                        before.number(), now);
            }
        }
        Money refunded = before.refunded().plus(plan.amount());
        boolean whole = refunded.equals(before.total());
        OrderStatus target = whole ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
        PaymentState payment = whole ? PaymentState.REFUNDED : PaymentState.PARTIALLY_REFUNDED;
        Order after = with(before, target, payment, refunded, lines, now, before.paidAt());
        orders.updateState(c, stored.orderNo(), after, before.status());
        orders.addHistory(c, stored.orderNo(), before.status(), target, actor, refundNote(plan, units, restock, reason),
                now);
        int refundSeq = orders.addRefund(c, stored.orderNo(), plan.amount().minorUnits(), restock,
                plan.unitsByPosition(), now, platformRefundId);
        if (origin.queues()) {
            OrderOutbox.refunded(c, before, refundSeq, plan.unitsByPosition(), plan.amount(), restock, reason,
                    afterSaleId, now);
        }
        sales.refunded(c, stored.orderNo(), refundSeq);
        return after;
    }

    /** What the history shows for a refund, in stored (not translated) form: "12.50 KRW; TS-1 x2; restocked". */
    private static String refundNote(RefundPlan plan, List<OrderPayloads.RefundedUnits> units, boolean restock,
                                     String reason) {
        List<String> parts = new ArrayList<>();
        parts.add(plan.amount().toString());
        units.forEach(u -> parts.add(u.skuCode() + " x" + u.quantity()));
        if (!units.isEmpty()) {
            parts.add(restock ? "restocked" : "not restocked");
        }
        if (!reason.isEmpty()) {
            parts.add(reason);
        }
        return String.join("; ", parts);
    }

    @Override
    public Order updateMemo(String orderId, String memo, MemoFlag flag) {
        String text = memo == null ? "" : memo.strip();
        if (text.length() > OrderDraft.MAX_MEMO_LENGTH) {
            throw new ValidationException(FieldError.of("memo", "validation.tooLong", OrderDraft.MAX_MEMO_LENGTH));
        }
        return db.write(c -> {
            Instant now = clock.instant();
            OrderRepository.Stored stored = existing(c, orderId);
            Order o = stored.order();
            Order after = new Order(o.id(), o.number(), o.channel(), o.customerId(), o.customerName(), o.customerPhone(),
                    o.shippingAddress(), o.lines(), o.totals(), o.currency(), o.paymentMethod(), o.paymentState(),
                    o.refunded(), text, flag, o.oversold(), o.status(), o.createdAt(), now, o.paidAt());
            orders.updateState(c, stored.orderNo(), after, o.status());
            return after;
        });
    }

    @Override
    public Map<String, SkuAvailability> availability(Collection<String> skuIds) {
        return db.read(c -> {
            Map<String, SkuAvailability> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.code, l.on_hand, l.reserved, "
                    + "(SELECT coalesce(sum(ol.quantity - ol.refunded_quantity), 0) FROM order_line ol "
                    + "JOIN orders o ON o.order_no = ol.order_no WHERE ol.sku_no = s.sku_no "
                    + "AND o.status IN (" + OPEN_UNSHIPPED + ")) "
                    + "FROM sku s JOIN stock_level l ON l.sku_id = s.id WHERE s.id = ?")) {
                for (String skuId : new LinkedHashSet<>(skuIds)) {
                    ps.setString(1, skuId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            result.put(skuId, new SkuAvailability(skuId, rs.getString(1), rs.getLong(2), rs.getLong(3),
                                    rs.getLong(4)));
                        }
                    }
                }
            }
            return result;
        });
    }

    /** Whether a parcel of the order was recorded (the shipment table of schema V5; the shipping feature writes it). */
    private static boolean hasParcels(Connection c, long orderNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM shipment WHERE order_no = ?)")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private OrderRepository.Stored existing(Connection c, String orderId) throws SQLException {
        return orders.find(c, orderId)
                .orElseThrow(() -> new ValidationException(FieldError.of("id", "orders.validation.orderMissing", orderId)));
    }

    private static Order with(Order o, OrderStatus status, PaymentState payment, Money refunded, List<OrderLine> lines,
                              Instant now, Instant paidAt) {
        return new Order(o.id(), o.number(), o.channel(), o.customerId(), o.customerName(), o.customerPhone(),
                o.shippingAddress(), lines, o.totals(), o.currency(), o.paymentMethod(), payment, refunded, o.memo(),
                o.memoFlag(), o.oversold(), status, o.createdAt(), now, paidAt);
    }
}
