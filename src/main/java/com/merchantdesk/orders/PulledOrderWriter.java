package com.merchantdesk.orders;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes pulled orders the desk does not have yet, many at a time: one prepared statement per table, rows sent in
 * batches, stock levels kept in memory while the sales are recorded and written once per SKU at the end. The rows
 * are those of the one-order write path (the order, its lines with the platform's line ids, its search words, its
 * history, a SOLD movement per line and a RETURNED one per line of a cancelled order); applying a snapshot page of
 * 1,000 orders this way instead of order by order is what makes a large account's first sync fit its budget
 * (docs/benchmarks.md, "Sync of a large account"). Used on one transaction, then {@link #finish}ed.
 */
final class PulledOrderWriter implements AutoCloseable {

    /** Rows sent per batch: the orders go first, since every other row points at them. */
    private static final int BATCH = 500;

    private final Connection c;
    private final PreparedStatement order;
    private final PreparedStatement line;
    private final PreparedStatement catalogueSku;
    private final PreparedStatement unmappedLine;
    private final PreparedStatement search;
    private final PreparedStatement history;
    private final PreparedStatement movement;
    private final List<PreparedStatement> all;
    private final StockLedger ledger = new StockLedger();
    private final Map<String, Long> onHand = new LinkedHashMap<>();
    private final Map<String, CatalogueSku> catalogue = new HashMap<>();
    private long nextOrderNo;
    private long firstOrderNo = -1;
    private int pending;

    PulledOrderWriter(Connection c) throws SQLException {
        this.c = c;
        order = c.prepareStatement("INSERT INTO orders(order_no, id, number, channel, status, customer_no, "
                + "customer_name, customer_phone, shipping_address, currency, subtotal_minor, order_discount_minor, "
                + "shipping_fee_minor, tax_rate_bp, tax_minor, total_minor, refunded_minor, line_count, item_count, "
                + "payment_method, payment_state, memo, memo_flag, oversold, created_at, updated_at, paid_at, "
                + "platform_version, desk_code) VALUES (?,?,?,?,?,(SELECT customer_no FROM customer WHERE id = ?),"
                + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        // The rows OrderRepository.insert writes (the SKU's integer key and its cost now; words only where they
        // differ from the catalogue's), with the SKU's catalogue values read once per SKU instead of joined per line.
        line = c.prepareStatement("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, option_label, "
                + "unit_price_minor, quantity, discount_minor, refunded_quantity, cost_minor, platform_line_id) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        catalogueSku = c.prepareStatement("SELECT s.sku_no, s.cost_minor, p.title, "
                + OrderLineWords.CATALOGUE_OPTION_LABEL + " FROM sku s JOIN product p ON p.id = s.product_id "
                + "WHERE s.id = ?");
        unmappedLine = c.prepareStatement("INSERT INTO order_line(order_no, position, sku_no, sku_code, title, "
                + "option_label, unit_price_minor, quantity, discount_minor, refunded_quantity, unmapped_sku, "
                + "platform_line_id) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        search = c.prepareStatement("INSERT INTO order_search(rowid, terms, facets) VALUES (?,?,?)");
        history = c.prepareStatement("INSERT INTO order_status_history(order_no, seq, from_status, to_status, actor, "
                + "note, occurred_at) VALUES (?,?,?,?,?,'',?)");
        movement = c.prepareStatement("INSERT INTO stock_movement(id, sku_id, kind, delta, on_hand_after, reason, "
                + "note, reference, occurred_at) VALUES (?,?,?,?,?,?,'',?,?)");
        all = List.of(order, line, catalogueSku, unmappedLine, search, history, movement);
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(order_no), 0) FROM orders")) {
            rs.next();
            nextOrderNo = rs.getLong(1) + 1;
        }
    }

    /** A step of the order's history as stored. */
    record Step(OrderStatus from, OrderStatus to, String actor, Instant at) {}

    /**
     * Adds the order with its platform version, the code of the other desk that made it (null for this desk's and
     * the platform's), the platform's ids of its lines (in line order) and its history; answers its order_no.
     */
    long add(Order o, long platformVersion, String deskCode, List<String> platformLineIds, List<Step> steps)
            throws SQLException {
        long orderNo = nextOrderNo++;
        if (firstOrderNo < 0) {
            firstOrderNo = orderNo;
        }
        order.setLong(1, orderNo);
        OrderRepository.bindColumns(order, 2, o);
        order.setLong(28, platformVersion);
        order.setString(29, deskCode);
        order.addBatch();

        for (OrderLine l : o.lines()) {
            byte[] platformLineId = Ids.toBytes(UUID.fromString(platformLineIds.get(l.position())));
            if (!l.hasSku()) {
                // A line of a SKU the desk does not know (or of none): it keeps its own words, needs mapping.
                unmappedLine.setLong(1, orderNo);
                unmappedLine.setInt(2, l.position());
                unmappedLine.setString(3, l.skuCode());
                unmappedLine.setString(4, l.title());
                unmappedLine.setString(5, l.optionLabel());
                unmappedLine.setLong(6, l.unitPrice().minorUnits());
                unmappedLine.setLong(7, l.quantity());
                unmappedLine.setLong(8, l.discount().minorUnits());
                unmappedLine.setLong(9, l.refundedQuantity());
                unmappedLine.setString(10, l.unmappedSku());
                unmappedLine.setBytes(11, platformLineId);
                unmappedLine.addBatch();
                continue;
            }
            CatalogueSku sku = catalogueSku(l.skuId());
            line.setLong(1, orderNo);
            line.setInt(2, l.position());
            line.setLong(3, sku.skuNo());
            line.setString(4, l.skuCode());
            line.setString(5, sku.storedTitle(l.title()));
            line.setString(6, sku.storedOptionLabel(l.optionLabel()));
            line.setLong(7, l.unitPrice().minorUnits());
            line.setLong(8, l.quantity());
            line.setLong(9, l.discount().minorUnits());
            line.setLong(10, l.refundedQuantity());
            if (sku.costMinor() == null) {
                line.setNull(11, Types.INTEGER);
            } else {
                line.setLong(11, sku.costMinor());
            }
            line.setBytes(12, platformLineId);
            line.addBatch();
        }

        search.setLong(1, orderNo);
        search.setString(2, OrderRepository.terms(o));
        search.setString(3, OrderSearchText.facets(o.status(), o.channel()));
        search.addBatch();

        int seq = 0;
        for (Step step : steps) {
            history.setLong(1, orderNo);
            history.setInt(2, seq++);
            if (step.from() == null) {
                history.setNull(3, Types.INTEGER);
            } else {
                history.setInt(3, OrderCodes.of(step.from()));
            }
            history.setInt(4, OrderCodes.of(step.to()));
            history.setString(5, step.actor() == null ? "" : step.actor().strip());
            history.setLong(6, step.at().toEpochMilli());
            history.addBatch();
        }

        // The sale, once (the order is new here); lines that need mapping move nothing.
        for (OrderLine l : o.lines()) {
            if (l.hasSku()) {
                move(l.skuId(), MovementKind.SOLD, -l.quantity(), SqliteOrderService.SOLD_REASON, o.number(),
                        o.createdAt());
            }
        }
        if (o.status() == OrderStatus.CANCELLED) {
            for (OrderLine l : o.lines()) {
                if (l.hasSku()) {
                    move(l.skuId(), MovementKind.RETURNED, l.quantity(), SqliteOrderService.CANCEL_REASON,
                            o.number(), o.updatedAt());
                }
            }
        }
        if (++pending >= BATCH) {
            sendBatches();
        }
        return orderNo;
    }

    /** The movement, with the level after it as the ledger keeps it (StockLedger.record does the same one by one). */
    private void move(String skuId, MovementKind kind, long delta, String reason, String reference, Instant at)
            throws SQLException {
        long after = Math.addExact(level(skuId), delta);
        onHand.put(skuId, after);
        movement.setString(1, Ids.newIdString());
        movement.setString(2, skuId);
        movement.setString(3, kind.name());
        movement.setLong(4, delta);
        movement.setLong(5, after);
        movement.setString(6, reason);
        movement.setString(7, reference);
        movement.setLong(8, at.toEpochMilli());
        movement.addBatch();
    }

    private long level(String skuId) throws SQLException {
        Long known = onHand.get(skuId);
        return known != null ? known : ledger.onHand(c, skuId);
    }

    private void sendBatches() throws SQLException {
        order.executeBatch();
        line.executeBatch();
        unmappedLine.executeBatch();
        search.executeBatch();
        history.executeBatch();
        movement.executeBatch();
        pending = 0;
    }

    /**
     * What the catalogue says of a SKU, as the one-order path joins it per line: its key and cost, and the title and
     * option label a line does not store when it says the same (OrderLineWords: NULL where equal).
     */
    private record CatalogueSku(long skuNo, Long costMinor, String title, String optionLabel) {

        String storedTitle(String lineTitle) {
            return lineTitle == null || lineTitle.equals(title) ? null : lineTitle;
        }

        String storedOptionLabel(String lineLabel) {
            return lineLabel == null || lineLabel.equals(optionLabel) ? null : lineLabel;
        }
    }

    private CatalogueSku catalogueSku(String skuId) throws SQLException {
        CatalogueSku known = catalogue.get(skuId);
        if (known != null) {
            return known;
        }
        catalogueSku.setString(1, skuId);
        try (ResultSet rs = catalogueSku.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("No SKU " + skuId + " for a pulled order line");
            }
            long skuNo = rs.getLong(1);
            long cost = rs.getLong(2);
            Long costMinor = rs.wasNull() ? null : cost;
            CatalogueSku sku = new CatalogueSku(skuNo, costMinor, rs.getString(3), rs.getString(4));
            catalogue.put(skuId, sku);
            return sku;
        }
    }

    /**
     * Sends what is left and writes the stock levels; answers the first and last order_no written, or null when
     * nothing was added.
     */
    long[] finish() throws SQLException {
        sendBatches();
        try (PreparedStatement ps = c.prepareStatement("UPDATE stock_level SET on_hand = ? WHERE sku_id = ?")) {
            for (Map.Entry<String, Long> level : onHand.entrySet()) {
                ps.setLong(1, level.getValue());
                ps.setString(2, level.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        onHand.clear();
        return firstOrderNo < 0 ? null : new long[] {firstOrderNo, nextOrderNo - 1};
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : all) {
            ps.close();
        }
    }
}
