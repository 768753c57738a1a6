package com.merchantdesk.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.store.OutboxState;
import com.merchantdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL for buyers' after-sale requests (table {@code after_sale}, V11), on the caller's transaction: the pulled
 * request as the platform tells it, and the desk's answer while the platform has not acknowledged it.
 */
public final class AfterSales {

    /** The outbox entity of the desk's answer to a request. */
    public static final String OUTBOX_ENTITY = "after_sale";

    private static final List<AfterSaleState> STATES = List.of(AfterSaleState.OPEN, AfterSaleState.ACCEPTED,
            AfterSaleState.REJECTED);
    private static final List<AfterSaleKind> KINDS = List.of(AfterSaleKind.REFUND_ONLY, AfterSaleKind.RETURN_AND_REFUND);

    private AfterSales() {}

    /**
     * Keeps a pulled request when it is newer than the one kept. While the desk's answer is not acknowledged, the
     * desk's state and refund stay (its push brings the platform up to date). Returns false when it was not newer.
     */
    public static boolean keepPulled(Connection c, AfterSale a) throws SQLException {
        Optional<Long> known = version(c, a.id());
        if (known.isPresent() && a.version() <= known.get()) {
            return false;
        }
        boolean deskAnswerPending = hasOpenAnswer(c, a.id());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO after_sale(id, order_id, kind, state, reason, lines, "
                + "currency, amount_minor, opened_at, answered_at, answer_note, refund_id, version) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
                + "reason = excluded.reason, lines = excluded.lines, currency = excluded.currency, "
                + "amount_minor = excluded.amount_minor, opened_at = excluded.opened_at, version = excluded.version"
                + (deskAnswerPending ? "" : ", state = excluded.state, answered_at = excluded.answered_at, "
                + "answer_note = excluded.answer_note, refund_id = coalesce(excluded.refund_id, after_sale.refund_id)"))) {
            ps.setString(1, a.id());
            ps.setString(2, a.orderId());
            ps.setInt(3, KINDS.indexOf(a.kind()));
            ps.setInt(4, STATES.indexOf(a.state()));
            ps.setString(5, a.reason() == null ? "" : a.reason());
            ps.setString(6, lines(a.lines()));
            ps.setString(7, a.amount() == null ? null : a.amount().currency());
            if (a.amount() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setLong(8, a.amount().amountMinor());
            }
            ps.setLong(9, a.openedAt().toEpochMilli());
            if (a.answeredAt() == null) {
                ps.setNull(10, Types.INTEGER);
            } else {
                ps.setLong(10, a.answeredAt().toEpochMilli());
            }
            ps.setString(11, a.answerNote() == null ? "" : a.answerNote());
            ps.setString(12, a.refundId());
            ps.setLong(13, a.version());
            ps.executeUpdate();
        }
        return true;
    }

    static Optional<AfterSaleRequest> find(Connection c, String id) throws SQLException {
        List<AfterSaleRequest> found = select(c, "WHERE a.id = ?", id, 1);
        return found.stream().findFirst();
    }

    /** Open requests, then accepted returns waiting for their goods; oldest first. */
    static List<AfterSaleRequest> waiting(Connection c, int limit) throws SQLException {
        return select(c, "WHERE a.state = 0 OR (a.state = 1 AND a.kind = 1 AND a.refund_id IS NULL) "
                + "ORDER BY a.state, a.opened_at", null, limit);
    }

    static void answered(Connection c, String id, AfterSaleState state, String note, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE after_sale SET state = ?, answer_note = ?, answered_at = ? WHERE id = ?")) {
            ps.setInt(1, STATES.indexOf(state));
            ps.setString(2, note == null ? "" : note);
            ps.setLong(3, at.toEpochMilli());
            ps.setString(4, id);
            ps.executeUpdate();
        }
    }

    static void refunded(Connection c, String id, String refundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE after_sale SET refund_id = ? WHERE id = ?")) {
            ps.setString(1, refundId);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private static List<AfterSaleRequest> select(Connection c, String where, String parameter, int limit)
            throws SQLException {
        List<AfterSaleRequest> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.order_id, a.kind, a.state, a.reason, a.lines, "
                + "a.currency, a.amount_minor, a.opened_at, a.answered_at, a.refund_id FROM after_sale a " + where
                + " LIMIT ?")) {
            int i = 1;
            if (parameter != null) {
                ps.setString(i++, parameter);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(c, rs));
                }
            }
        }
        return result;
    }

    private static AfterSaleRequest read(Connection c, ResultSet rs) throws SQLException {
        String orderId = rs.getString(2);
        Optional<OrderFulfilment.Found> order = new OrderFulfilment().find(c, orderId)
                .filter(f -> f.order().id().equalsIgnoreCase(orderId));
        Map<Integer, Long> units = new LinkedHashMap<>();
        if (order.isPresent()) {
            Map<String, Integer> positions = PulledOrders.linePositions(c, order.get().orderNo(), orderId);
            for (RefundLine l : lines(rs.getString(6))) {
                Integer position = positions.get(l.lineId());
                if (position != null) {
                    units.merge(position, l.quantity(), Long::sum);
                }
            }
        }
        String currency = rs.getString(7);
        long amount = rs.getLong(8);
        Money money = rs.wasNull() || currency == null ? null : new Money(amount, Money.currency(currency));
        long answered = rs.getLong(10);
        Instant answeredAt = rs.wasNull() ? null : Instant.ofEpochMilli(answered);
        return new AfterSaleRequest(rs.getString(1), orderId, order.map(f -> f.order().number()).orElse(""),
                KINDS.get(rs.getInt(3)), STATES.get(rs.getInt(4)), rs.getString(5), units, money,
                Instant.ofEpochMilli(rs.getLong(9)), answeredAt, rs.getString(11));
    }

    private static Optional<Long> version(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM after_sale WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean hasOpenAnswer(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity_type = ? "
                + "AND entity_id = ? AND state <> " + OutboxState.ACKNOWLEDGED.code() + ")")) {
            ps.setString(1, OUTBOX_ENTITY);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static String lines(List<RefundLine> lines) {
        try {
            return PlatformJson.mapper().writeValueAsString(lines == null ? List.of() : lines);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("after-sale lines", e);
        }
    }

    private static List<RefundLine> lines(String json) {
        try {
            return PlatformJson.mapper().readValue(json, new TypeReference<List<RefundLine>>() {});
        } catch (JsonProcessingException e) {
            throw new StoreException("An after-sale request's lines are not JSON: " + e.getOriginalMessage());
        }
    }
}
