package com.merchantdesk.orders;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What the order writes tell the sales figures, on the writing transaction, after their own rows are written: the
 * sales feature keeps its summaries current in the same transaction (docs/sales.md). The sales feature builds on
 * orders (it reads their tables and names their channels), so orders speak to it through this interface and
 * {@code AppContext} plugs the sales feature's {@code SalesLedger} in, as customers ask orders through
 * {@code customers.CustomerOrders}. Every writer of orders calls it: the order service, the synthetic and demo
 * generators, and (later) sync applying pulled orders.
 */
public interface OrderSalesEvents {

    /**
     * Orders {@code fromOrderNo}..{@code toOrderNo} were just written whole, with all that already happened to them
     * (paid, cancelled, their {@code order_refund} rows): a new order, a generated chunk, a pulled order.
     */
    void ordersWritten(Connection c, long fromOrderNo, long toOrderNo) throws SQLException;

    /** An existing order became paid ({@code orders.paid_at} is set). */
    void paid(Connection c, long orderNo) throws SQLException;

    /** An existing order was cancelled at {@code at}, its status already written. */
    void cancelled(Connection c, long orderNo, Instant at) throws SQLException;

    /** The order's refund {@code refundSeq} ({@code order_refund} row) was just written. */
    void refunded(Connection c, long orderNo, int refundSeq) throws SQLException;

    /** A change of an order's lines' SKUs, run by {@link #skusChanged}. */
    interface LineChange {
        void run() throws SQLException;
    }

    /**
     * Runs {@code change}, which gives lines of order {@code orderNo} another SKU (a pulled line that needed mapping
     * was mapped), and moves what the order counts per product from the old SKUs to the new ones.
     */
    default void skusChanged(Connection c, long orderNo, LineChange change) throws SQLException {
        change.run();
    }

    /**
     * Runs {@code work}, a run of refunds on transaction {@code c}, with their figures allowed to be written together
     * when it ends instead of one refund at a time (a pulled page holds thousands). The figures are sums, so they
     * come out the same; anything that reads them back must not run inside {@code work}.
     */
    default void refundsTogether(Connection c, LineChange work) throws SQLException {
        work.run();
    }

    /** For a store without sales figures (tests of other features that need none). */
    OrderSalesEvents NONE = new OrderSalesEvents() {
        @Override public void ordersWritten(Connection c, long fromOrderNo, long toOrderNo) {}
        @Override public void paid(Connection c, long orderNo) {}
        @Override public void cancelled(Connection c, long orderNo, Instant at) {}
        @Override public void refunded(Connection c, long orderNo, int refundSeq) {}
    };
}
