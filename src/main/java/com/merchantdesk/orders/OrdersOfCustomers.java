package com.merchantdesk.orders;

import com.merchantdesk.customers.CustomerOrder;
import com.merchantdesk.customers.CustomerOrders;
import com.merchantdesk.kernel.Page;
import java.sql.Connection;
import java.sql.SQLException;

/** The orders feature's answers to the customers feature: what a customer spent, and their order history. */
public final class OrdersOfCustomers implements CustomerOrders {

    /** Money the customer paid and kept: orders neither cancelled nor unpaid, less refunds. */
    private static final String SPENT = "coalesce(sum(CASE WHEN o.status <> " + OrderCodes.of(OrderStatus.CANCELLED)
            + " AND o.payment_state <> " + OrderCodes.of(PaymentState.UNPAID) + " "
            + "AND o.currency = ? THEN o.total_minor - o.refunded_minor ELSE 0 END), 0)";

    private final OrderListQuery list = new OrderListQuery();

    @Override public String spentAggregate() { return SPENT; }

    @Override
    public Page<CustomerOrder> history(Connection c, String customerId, int offset, int limit) throws SQLException {
        Page<OrderRow> rows = list.ofCustomer(c, customerId, offset, limit);
        return new Page<>(rows.items().stream().map(r -> new CustomerOrder(r.id(), r.number(), r.createdAt(),
                r.status().messageKey(), r.total())).toList(), rows.total(), rows.offset(), rows.limit());
    }
}
