package com.merchantdesk.customers;

import com.merchantdesk.kernel.Page;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the customers feature shows of a customer's orders, answered by the orders feature, which knows how an
 * order is stored (its status and payment codes). Orders depend on customers, so customers ask through this
 * interface and {@code AppContext} plugs the orders feature's answer in. Both run on the caller's connection.
 */
public interface CustomerOrders {

    /**
     * An SQL aggregate over rows of {@code orders o}: the money paid and kept (orders neither cancelled nor
     * unpaid, less refunds) in the currency bound to its one parameter; 0 without such orders.
     */
    String spentAggregate();

    /** The customer's orders, newest first. */
    Page<CustomerOrder> history(Connection c, String customerId, int offset, int limit) throws SQLException;
}
