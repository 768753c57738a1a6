package com.merchantdesk.orders;

import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pulled order lines whose SKU the desk did not know ("needs mapping", docs/sync.md), and the seller's mapping of
 * one to a SKU of the desk: in one transaction the line gets the SKU and its sale moves stock, once (a SOLD movement
 * of platform origin, queuing nothing: the platform counted the sale with the order), less the units a restocked
 * refund brought back; a cancelled order's line moves none. Blocking: call from a background thread.
 */
public final class LineMapping {

    /** A line that needs mapping, as the Sync screen and the command line list it. */
    public record LineToMap(String lineId, String orderId, String orderNumber, String platformSku, String title,
                            long quantity) {}

    private final Database db;
    private final Clock clock;
    private final OrderSalesEvents sales;
    private final OrderRepository orders = new OrderRepository();
    private final StockLedger ledger = new StockLedger();

    /** {@code sales} moves what the order counts per product to the mapped SKU (the app plugs its sales ledger in). */
    public LineMapping(Database db, Clock clock, OrderSalesEvents sales) {
        this.db = db;
        this.clock = clock;
        this.sales = sales;
    }

    /**
     * Maps, on the caller's transaction, the lines that wait for the SKU {@code skuId} by its code or id (a SKU pulled
     * after orders that sold it: the feed lists a record at its latest change). Returns how many lines were mapped.
     */
    public static int mapLinesWaitingFor(Connection c, String skuId, Instant at, OrderSalesEvents sales)
            throws SQLException {
        List<String> lineIds = new ArrayList<>();
        // The platform's reference is the SKU's code, or its id when the line carried no code.
        try (PreparedStatement ps = c.prepareStatement("SELECT l.platform_line_id FROM order_line l JOIN sku s "
                + "ON l.unmapped_sku = s.code OR l.unmapped_sku = s.id WHERE s.id = ? AND l.unmapped_sku IS NOT NULL "
                + "AND l.platform_line_id IS NOT NULL")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lineIds.add(Ids.fromBytes(rs.getBytes(1)));
                }
            }
        }
        if (lineIds.isEmpty()) {
            return 0;
        }
        LineMapping mapping = new LineMapping(null, null, sales);
        String code = skuCode(c, skuId);
        for (String lineId : lineIds) {
            mapping.map(c, lineId, code, at);
        }
        return lineIds.size();
    }

    private static String skuCode(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM sku WHERE id = ?")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The lines that need mapping, oldest order first. */
    public List<LineToMap> waiting(int limit) {
        return db.read(c -> {
            List<LineToMap> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.platform_line_id, o.id, o.number, l.unmapped_sku, "
                    + "coalesce(l.title, ''), l.quantity FROM order_line l JOIN orders o ON o.order_no = l.order_no "
                    + "WHERE l.unmapped_sku IS NOT NULL ORDER BY l.order_no, l.position LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] lineId = rs.getBytes(1);
                        lines.add(new LineToMap(lineId == null ? "" : Ids.fromBytes(lineId), Ids.fromBytes(rs.getBytes(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
                    }
                }
            }
            return lines;
        });
    }

    /**
     * Maps the line (by its platform line id) to the SKU of {@code skuCode} and moves its stock once.
     *
     * @throws ValidationException {@code line}: no such line, already mapped, or a line of no SKU (a fee);
     *         {@code sku}: no SKU of that code
     */
    public Mapped map(String lineId, String skuCode) {
        String line = lineId == null ? "" : lineId.strip();
        String code = skuCode == null ? "" : skuCode.strip();
        return db.write(c -> map(c, line, code, clock.instant()));
    }

    /** A mapped line, its order's number, and the units its sale took out of stock now. */
    public record Mapped(OrderLine line, String orderNumber, long unitsMoved) {}

    private Mapped map(Connection c, String lineId, String skuCode, Instant now) throws SQLException {
        Optional<byte[]> id = Ids.toBytes(lineId);
        Found found = id.isEmpty() ? null : find(c, id.get());
        if (found == null) {
            throw new ValidationException(FieldError.of("line", "orders.mapping.lineMissing", lineId));
        }
        if (found.unmappedSku == null) {
            throw new ValidationException(found.skuCode == null
                    ? FieldError.of("line", "orders.mapping.nothingToMap", lineId)
                    : FieldError.of("line", "orders.mapping.alreadyMapped", lineId, found.skuCode));
        }
        String[] sku = skuByCode(c, skuCode).orElseThrow(() -> new ValidationException(
                FieldError.of("sku", "orders.mapping.skuMissing", skuCode)));
        sales.skusChanged(c, found.orderNo, () -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE order_line SET sku_no = ?, sku_code = ?, "
                    + "unmapped_sku = NULL WHERE order_no = ? AND position = ? AND unmapped_sku IS NOT NULL")) {
                ps.setLong(1, Long.parseLong(sku[2]));
                ps.setString(2, sku[1]);
                ps.setLong(3, found.orderNo);
                ps.setInt(4, found.position);
                ps.executeUpdate();
            }
        });
        Order order = orders.find(c, found.orderId).orElseThrow().order();
        long sold = order.status() == OrderStatus.CANCELLED ? 0
                : found.quantity - restockedUnits(c, found.orderNo, found.position);
        if (sold > 0) {
            ledger.record(c, sku[0], MovementKind.SOLD, -sold, SqliteOrderService.SOLD_REASON, "mapped", order.number(),
                    now);
        }
        orders.updateFacets(c, found.orderNo, order);
        return new Mapped(order.lines().stream().filter(l -> l.position() == found.position).findFirst().orElseThrow(),
                order.number(), Math.max(0, sold));
    }

    private record Found(long orderNo, int position, String orderId, String unmappedSku, String skuCode,
                         long quantity) {}

    private static Found find(Connection c, byte[] lineId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT l.order_no, l.position, o.id, l.unmapped_sku, "
                + "CASE WHEN l.sku_no IS NULL THEN NULL ELSE l.sku_code END, l.quantity FROM order_line l "
                + "JOIN orders o ON o.order_no = l.order_no WHERE l.platform_line_id = ?")) {
            ps.setBytes(1, lineId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Found(rs.getLong(1), rs.getInt(2), Ids.fromBytes(rs.getBytes(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6)) : null;
            }
        }
    }

    /** (id, code, sku_no) of the SKU of this code, case-insensitive. */
    private static Optional<String[]> skuByCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, sku_no FROM sku WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                        : Optional.empty();
            }
        }
    }

    /** Units of the line that restocked refunds brought back ({@code order_refund.units}: "0:1,2:3"). */
    private static long restockedUnits(Connection c, long orderNo, int position) throws SQLException {
        long units = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT units FROM order_refund WHERE order_no = ? AND restocked = 1")) {
            ps.setLong(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (String part : rs.getString(1).split(",")) {
                        int colon = part.indexOf(':');
                        if (colon > 0 && Integer.parseInt(part.substring(0, colon)) == position) {
                            units += Long.parseLong(part.substring(colon + 1));
                        }
                    }
                }
            }
        }
        return units;
    }
}
