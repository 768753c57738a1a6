package com.merchantdesk.orders;

import com.merchantdesk.customers.Address;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.store.ByIds;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.store.SyncIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The platform-origin write path of orders pulled from the platform (docs/sync.md, "Applying pulled records"), on
 * the sync engine's transaction: a new order with its sale (once, by the order's id), the platform's later steps,
 * and refunds made elsewhere (once, by the refund's id). Nothing is queued; the sales summaries, the order search
 * index and the stock ledger's cached levels are kept in step as the desk's own writes keep them.
 */
public final class PulledOrders {

    /** The history's actor for a step the platform made (or a buyer through it), as the desk shows it. */
    public static final String PLATFORM_ACTOR = "platform";

    private static final Set<OrderStatus> REFUND_STATUSES =
            EnumSet.of(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);

    private final OrderRepository orders = new OrderRepository();
    private final OrderSalesEvents sales;
    private final SqliteOrderService steps;
    private boolean deferSales;
    private long pendingFrom = -1;
    private long pendingTo = -2;

    /** {@code sales} hears the writes as the order service's do (the app plugs the sales ledger in). */
    public PulledOrders(OrderSalesEvents sales) {
        this.sales = sales;
        this.steps = new SqliteOrderService(null, null, sales);
    }

    /** Whether the desk has the order (made here, or pulled before). */
    public boolean has(Connection c, String orderId) throws SQLException {
        return !known(c, java.util.Collections.singletonList(orderId)).isEmpty();
    }

    /**
     * Applies a pulled order: a new one is stored whole; one the desk has follows the platform's newer version.
     * Returns what was done, for tests and logs.
     */
    public Applied apply(Connection c, com.merchantdesk.platform.Order pulled) throws SQLException {
        Optional<OrderRepository.Stored> stored = orders.find(c, pulled.id());
        if (stored.isEmpty()) {
            insert(c, pulled);
            return Applied.INSERTED;
        }
        flushSales(c);
        long orderNo = stored.get().orderNo();
        Long known = platformVersion(c, orderNo);
        if (known != null && pulled.version() <= known) {
            return Applied.ALREADY_KNOWN;
        }
        setPlatformVersion(c, orderNo, pulled.version());
        if (hasOpenOutboxRows(c, orderNo, pulled.id())) {
            // A step the desk made and the platform has not acknowledged yet: its push brings the platform up to
            // date; following the platform now would revert it.
            return Applied.DESK_STEP_PENDING;
        }
        Order local = stored.get().order();
        OrderStatus target = status(pulled.status());
        if (REFUND_STATUSES.contains(target) && local.refunded().minorUnits() < refundedOf(pulled)) {
            // The refunds themselves bring the money, units and status (REFUND records, by their ids).
            target = local.status();
        }
        Instant at = pulled.updatedAt() == null ? local.updatedAt() : pulled.updatedAt();
        Order after = steps.follow(c, pulled.id(), target, paidAt(pulled), actorOfLastStep(c, pulled), at);
        return after.equals(local) ? Applied.ALREADY_KNOWN : Applied.FOLLOWED;
    }

    /** What {@link #apply} did. */
    public enum Applied { INSERTED, FOLLOWED, ALREADY_KNOWN, DESK_STEP_PENDING }

    private void insert(Connection c, com.merchantdesk.platform.Order p) throws SQLException {
        insertNew(c, List.of(p));
    }

    /**
     * Of {@code orderIds}, the orders the desk has (made here, or pulled before) with the platform version it holds
     * (0 when it holds none yet: its own order not acknowledged); one query per 500 ids.
     */
    public Map<UUID, Long> known(Connection c, List<String> orderIds) throws SQLException {
        Map<UUID, Long> known = new HashMap<>();
        ByIds.query(c, "SELECT id, coalesce(platform_version, 0) FROM orders WHERE id IN", orderIds,
                row -> known.put(UUID.fromString(Ids.fromBytes(row.getBytes(1))), row.getLong(2)));
        return known;
    }

    /**
     * Stores pulled orders the desk does not have (each id once; the caller checked with {@link #known}), in their
     * order, each with its sale moving desk stock once: what {@link #apply} does for a new order, many at a time.
     */
    public void insertNew(Connection c, List<com.merchantdesk.platform.Order> pulled) throws SQLException {
        if (pulled.isEmpty()) {
            return;
        }
        Desks desks = new Desks(c);
        long[] written;
        try (PulledOrderWriter writer = new PulledOrderWriter(c)) {
            for (com.merchantdesk.platform.Order p : pulled) {
                Order order = order(c, p, desks);
                if (desks.isThisDesks(p)) {
                    // This desk's own order it no longer had (a restored older backup): numbers it gives next come
                    // after it.
                    OrderNumbers.keepAfter(c, order.number());
                }
                List<String> lineIds = p.lines().stream().map(com.merchantdesk.platform.OrderLine::id).toList();
                writer.add(order, p.version(), desks.otherDeskCode(p).orElse(null), lineIds,
                        history(p, order.status(), order.createdAt(), desks));
            }
            written = writer.finish();
        }
        if (written != null) {
            ordersWritten(c, written[0], written[1]);
        }
    }

    /** The pulled order as the desk stores it: as it was before its refunds (they come as their own records). */
    private static Order order(Connection c, com.merchantdesk.platform.Order p, Desks desks) throws SQLException {
        Currency currency = Money.currency(p.currency());
        List<OrderLine> lines = new ArrayList<>();
        Money zero = Money.zero(currency);
        Money subtotal = zero;
        for (int i = 0; i < p.lines().size(); i++) {
            OrderLine line = line(c, i, p.lines().get(i), currency);
            lines.add(line);
            subtotal = subtotal.plus(line.net());
        }
        OrderTotals totals = new OrderTotals(subtotal, zero, money(p.shippingFee(), currency), 0,
                money(p.tax(), currency), money(p.total(), currency));
        OrderStatus status = statusBeforeRefunds(p);
        PaymentState payment = switch (p.paymentState() == null ? com.merchantdesk.platform.PaymentState.UNPAID
                : p.paymentState()) {
            case UNPAID -> PaymentState.UNPAID;
            default -> PaymentState.PAID;
        };
        Instant placed = p.placedAt();
        Instant updated = p.updatedAt() == null ? placed : p.updatedAt();
        Optional<String> code = desks.otherDeskCode(p);
        String number = code.isPresent() ? OrderNumbers.fromOtherDesk(p.number(), code.get()) : p.number();
        return new Order(p.id(), number, Channel.valueOf(p.channel().name()), p.customerId(),
                p.customerName(), p.customerPhone(), address(p.shipTo()), lines, totals, currency,
                p.paymentMethod() == null ? PaymentMethod.PLATFORM : PaymentMethod.valueOf(p.paymentMethod().name()),
                payment, zero, p.notes(), MemoFlag.NONE, p.oversold(), status, placed, updated, paidAt(p));
    }

    /** Counts written orders into the sales figures, now or with the run waiting to be counted. */
    private void ordersWritten(Connection c, long from, long to) throws SQLException {
        if (deferSales && pendingTo == from - 1) {
            pendingTo = to;
            return;
        }
        flushSales(c);
        if (deferSales) {
            pendingFrom = from;
            pendingTo = to;
        } else {
            sales.ordersWritten(c, from, to);
        }
    }

    /**
     * While a page of pulled records is applied, new orders are counted into the sales figures together, a run of
     * consecutive ones at a time (as the generator and the demo history do), instead of one by one: the figures
     * are read back from the stored orders, so counting a run at once gives the same figures. Anything else that
     * touches the figures ({@link #flushSales}: a step, a refund, a parcel) counts the waiting run first.
     */
    public void deferSales(boolean defer) {
        this.deferSales = defer;
        if (!defer) {
            pendingFrom = -1;
            pendingTo = -2;
        }
    }

    /** Runs a run of {@link #applyRefund}s with their sales figures written together at its end. */
    public void refundsTogether(Connection c, OrderSalesEvents.LineChange work) throws SQLException {
        flushSales(c);
        sales.refundsTogether(c, work);
    }

    /** Counts the new orders waiting to be counted, if any. */
    public void flushSales(Connection c) throws SQLException {
        if (pendingFrom >= 0) {
            long from = pendingFrom;
            long to = pendingTo;
            pendingFrom = -1;
            pendingTo = -2;
            sales.ordersWritten(c, from, to);
        }
    }

    /** The line of a pulled order: the desk's SKU by id, else by code; else stored as needing mapping. */
    private static OrderLine line(Connection c, int position, com.merchantdesk.platform.OrderLine l, Currency currency)
            throws SQLException {
        Optional<String[]> sku = skuOf(c, l.skuId(), l.skuCode());
        Money unit = money(l.unitPrice(), currency);
        Money discount = money(l.discount(), currency);
        String title = l.title() == null ? "" : l.title();
        if (sku.isPresent()) {
            String code = l.skuCode() == null ? sku.get()[1] : l.skuCode();
            return new OrderLine(position, sku.get()[0], code, title, null, unit, l.quantity(), discount, 0);
        }
        String reference = l.skuCode() != null && !l.skuCode().isBlank() ? l.skuCode() : l.skuId();
        return new OrderLine(position, null, reference == null ? "" : reference, title, "", unit, l.quantity(),
                discount, 0, reference);
    }

    /** The desk's SKU (id, code) by the platform's SKU id, else by its code. */
    static Optional<String[]> skuOf(Connection c, String skuId, String skuCode) throws SQLException {
        if (skuId != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM sku WHERE id = ?")) {
                ps.setString(1, skuId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
        }
        if (skuCode != null && !skuCode.isBlank()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM sku WHERE code = ?")) {
                ps.setString(1, skuCode.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Applies a refund made elsewhere (the platform's, another desk's) once, by its id; this desk's own refunds are
     * there already (their ids are derived from the order and their place). Returns false when it was there.
     *
     * @throws IllegalStateException when the order is not here (the caller keeps the refund until it is)
     */
    public boolean applyRefund(Connection c, com.merchantdesk.platform.Refund r) throws SQLException {
        flushSales(c);
        OrderRepository.Stored stored = orders.find(c, r.orderId())
                .orElseThrow(() -> new IllegalStateException("order " + r.orderId() + " is not here yet"));
        if (refundKnown(c, stored.orderNo(), r.orderId(), r.id())) {
            return false;
        }
        Map<String, Integer> positions = linePositions(c, stored.orderNo(), r.orderId());
        Map<Integer, Long> units = new LinkedHashMap<>();
        for (RefundLine line : r.lines() == null ? List.<RefundLine>of() : r.lines()) {
            Integer position = positions.get(line.lineId());
            if (position == null) {
                throw new IllegalStateException("refund " + r.id() + " names line " + line.lineId()
                        + ", which order " + stored.order().number() + " does not have");
            }
            units.merge(position, line.quantity(), Long::sum);
        }
        Money amount = money(r.amount(), stored.order().currency());
        Instant at = r.createdAt() == null ? stored.order().updatedAt() : r.createdAt();
        steps.refundLines(c, stored, units, amount, r.restock(), r.reason(), actorOfDesk(c, r.deskId()), at,
                com.merchantdesk.kernel.Origin.PLATFORM, r.id(), null);
        return true;
    }

    /**
     * The platform's id of each line of an order, by position (the inverse of {@link #linePositions}): stored for a
     * line made elsewhere (a pulled order's), derived for the desk's own. What the desk sends about an order's lines
     * (a parcel's, a refund's) names them so; the derived id of a pulled order's line is unknown to the platform.
     */
    public static Map<Integer, String> wireLineIds(Connection c, String orderId) throws SQLException {
        Map<Integer, String> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.position, l.platform_line_id FROM order_line l"
                + " JOIN orders o ON o.order_no = l.order_no WHERE o.id = ?")) {
            ps.setBytes(1, Ids.toBytes(orderId).orElseThrow(() -> new IllegalArgumentException("No order id: " + orderId)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] platformId = rs.getBytes(2);
                    ids.put(rs.getInt(1), platformId != null ? Ids.fromBytes(platformId) : OrderWire.lineId(orderId, rs.getInt(1)));
                }
            }
        }
        return ids;
    }

    /** Order line positions by the platform's line id: derived for the desk's lines, stored for pulled ones. */
    public static Map<String, Integer> linePositions(Connection c, long orderNo, String orderId) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position, platform_line_id FROM order_line WHERE order_no = ?")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int position = rs.getInt(1);
                    positions.put(OrderWire.lineId(orderId, position), position);
                    byte[] platformId = rs.getBytes(2);
                    if (platformId != null) {
                        positions.put(Ids.fromBytes(platformId), position);
                    }
                }
            }
        }
        return positions;
    }

    private static boolean refundKnown(Connection c, long orderNo, String orderId, String refundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, refund_id FROM order_refund WHERE order_no = ?")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] stored = rs.getBytes(2);
                    String id = stored == null ? OrderOutbox.refundId(orderId, rs.getInt(1)) : Ids.fromBytes(stored);
                    if (id.equalsIgnoreCase(refundId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * This desk's id and the other desks' codes, read once for a run of pulled orders (every order and every step of
     * its history asks who made it).
     */
    private static final class Desks {
        private final Connection c;
        private final String thisDesk;
        private final Map<String, Optional<String>> codes = new HashMap<>();

        Desks(Connection c) throws SQLException {
            this.c = c;
            this.thisDesk = SyncIdentity.deskId(c);
        }

        /** The code of the other desk that made the order; empty for this desk's and the platform's own orders. */
        Optional<String> otherDeskCode(com.merchantdesk.platform.Order p) throws SQLException {
            if (p.deskId() == null || p.channel() == com.merchantdesk.platform.PlatformChannel.PLATFORM
                    || p.deskId().equalsIgnoreCase(thisDesk)) {
                return Optional.empty();
            }
            if (p.deskCode() != null && !p.deskCode().isBlank()) {
                return Optional.of(p.deskCode());
            }
            return code(p.deskId());
        }

        boolean isThisDesks(com.merchantdesk.platform.Order p) {
            return p.deskId() != null && p.channel() != com.merchantdesk.platform.PlatformChannel.PLATFORM
                    && p.deskId().equalsIgnoreCase(thisDesk);
        }

        /** "platform", "buyer", or the desk's code ("desk B2") for a step another desk made. */
        String actor(Actor actor, String deskId) throws SQLException {
            if (actor != Actor.DESK) {
                return actor == null ? PLATFORM_ACTOR : actor.wire();
            }
            if (deskId == null) {
                return PLATFORM_ACTOR;
            }
            if (deskId.equalsIgnoreCase(thisDesk)) {
                return "desk";
            }
            return "desk " + code(deskId).orElse(deskId.substring(0, Math.min(8, deskId.length())));
        }

        private Optional<String> code(String deskId) throws SQLException {
            Optional<String> known = codes.get(deskId);
            if (known == null) {
                known = deskCode(c, deskId);
                codes.put(deskId, known);
            }
            return known;
        }
    }

    /** The code of a desk of the account, as the pulled desk records told it. */
    public static Optional<String> deskCode(Connection c, String deskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT desk_code FROM sync_desk WHERE desk_id = ?")) {
            ps.setString(1, deskId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The status the order had before its refunds: its last step before the first refund, else as it is. */
    private static OrderStatus statusBeforeRefunds(com.merchantdesk.platform.Order p) {
        OrderStatus now = status(p.status());
        if (!REFUND_STATUSES.contains(now)) {
            return now;
        }
        OrderStatus before = OrderStatus.DELIVERED;
        for (com.merchantdesk.platform.StatusChange step : history(p)) {
            OrderStatus s = status(step.status());
            if (REFUND_STATUSES.contains(s)) {
                break;
            }
            before = s;
        }
        return before;
    }

    /** The platform's steps up to the status stored (its refunds add their own), or one step if it told none. */
    private static List<PulledOrderWriter.Step> history(com.merchantdesk.platform.Order p, OrderStatus upTo,
                                                        Instant placed, Desks desks) throws SQLException {
        List<PulledOrderWriter.Step> steps = new ArrayList<>();
        OrderStatus from = null;
        for (com.merchantdesk.platform.StatusChange step : history(p)) {
            OrderStatus s = status(step.status());
            if (REFUND_STATUSES.contains(s)) {
                break;
            }
            steps.add(new PulledOrderWriter.Step(from, s, desks.actor(step.actor(), step.deskId()),
                    step.at() == null ? placed : step.at()));
            from = s;
        }
        if (from != upTo) {
            steps.add(new PulledOrderWriter.Step(from, upTo, PLATFORM_ACTOR,
                    p.updatedAt() == null ? placed : p.updatedAt()));
        }
        return steps;
    }

    private static List<com.merchantdesk.platform.StatusChange> history(com.merchantdesk.platform.Order p) {
        return p.history() == null ? List.of() : p.history();
    }

    private static String actorOfLastStep(Connection c, com.merchantdesk.platform.Order p) throws SQLException {
        List<com.merchantdesk.platform.StatusChange> steps = history(p);
        if (steps.isEmpty()) {
            return PLATFORM_ACTOR;
        }
        com.merchantdesk.platform.StatusChange last = steps.get(steps.size() - 1);
        return actorOf(c, last.actor(), last.deskId());
    }

    /** "platform", "buyer", or the desk's code ("desk B2") for a step another desk made. */
    private static String actorOf(Connection c, Actor actor, String deskId) throws SQLException {
        if (actor == Actor.DESK) {
            return actorOfDesk(c, deskId);
        }
        return actor == null ? PLATFORM_ACTOR : actor.wire();
    }

    private static String actorOfDesk(Connection c, String deskId) throws SQLException {
        if (deskId == null) {
            return PLATFORM_ACTOR;
        }
        if (deskId.equalsIgnoreCase(SyncIdentity.deskId(c))) {
            return "desk";
        }
        return "desk " + deskCode(c, deskId).orElse(deskId.substring(0, Math.min(8, deskId.length())));
    }

    private static Instant paidAt(com.merchantdesk.platform.Order p) {
        if (p.paidAt() != null) {
            return p.paidAt();
        }
        boolean paid = p.paymentState() != null && p.paymentState() != com.merchantdesk.platform.PaymentState.UNPAID;
        return paid ? (p.updatedAt() == null ? p.placedAt() : p.updatedAt()) : null;
    }

    private static long refundedOf(com.merchantdesk.platform.Order p) {
        return p.refunded() == null ? 0 : p.refunded().amountMinor();
    }

    private static Money money(com.merchantdesk.platform.Money m, Currency currency) {
        return m == null ? Money.zero(currency) : new Money(m.amountMinor(), currency);
    }

    private static Address address(com.merchantdesk.platform.Address a) {
        if (a == null) {
            return Address.EMPTY;
        }
        return new Address(nz(a.recipient()), nz(a.phone()), nz(a.line1()), nz(a.line2()), nz(a.city()),
                nz(a.region()), nz(a.postalCode()), nz(a.country()));
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static Long platformVersion(Connection c, long orderNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT platform_version FROM orders WHERE order_no = ?")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    private static void setPlatformVersion(Connection c, long orderNo, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET platform_version = ? WHERE order_no = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, orderNo);
            ps.executeUpdate();
        }
    }

    /**
     * Whether the desk has rows of the order the platform has not acknowledged yet: its own, its refunds' (by their
     * derived ids) and its parcels', each found by the outbox's entity index.
     */
    static boolean hasOpenOutboxRows(Connection c, long orderNo, String orderId) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {OrderOutbox.ORDER, orderId});
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq FROM order_refund WHERE order_no = ? AND refund_id IS NULL")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {OrderOutbox.REFUND, OrderOutbox.refundId(orderId, rs.getInt(1))});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM shipment WHERE order_no = ?")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {"shipment", Ids.fromBytes(rs.getBytes(1))});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity_type = ? "
                + "AND entity_id = ? AND state <> " + OutboxState.ACKNOWLEDGED.code() + ")")) {
            for (String[] key : keys) {
                ps.setString(1, key[0]);
                ps.setString(2, key[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The desk's statuses, as the platform's are named the same. */
    static OrderStatus status(PlatformOrderStatus s) { return OrderStatus.valueOf(s.name()); }
}
