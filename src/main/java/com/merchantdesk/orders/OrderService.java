package com.merchantdesk.orders;

import com.merchantdesk.kernel.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders taken on this desk and their lifecycle. Every change is one SQLite transaction with
 * {@code synchronous=FULL}: the order, its lines, the stock ledger movements, its history step and an
 * outbox row (entity {@code order}) are committed together or not at all. Blocking: call from a background
 * thread, never the JavaFX thread.
 *
 * <p>Refusals are {@link com.merchantdesk.kernel.ValidationException}s carrying
 * {@link com.merchantdesk.kernel.FieldError}s (message keys in the {@code orders.} block of the bundles);
 * nothing is changed when one is thrown.
 */
public interface OrderService {

    /** Actor recorded in the history when the caller does not say who acted. */
    String DEFAULT_ACTOR = "seller";

    /**
     * Checks and saves a new order: a number, SOLD movements of every line (on-hand goes down at once),
     * the customer when the draft creates one, the first history step, and the outbox row.
     *
     * @throws com.merchantdesk.kernel.ValidationException every problem of the draft, including
     *         {@code lines[i].quantity} "only N available" when a line oversells and
     *         {@code confirmOversell} is false
     */
    Order create(OrderDraft draft, String actor);

    /** {@code create(draft, DEFAULT_ACTOR)}. */
    default Order create(OrderDraft draft) { return create(draft, DEFAULT_ACTOR); }

    /** The totals the draft would have, for showing as the seller types; lines that do not parse count 0. */
    OrderTotals previewTotals(OrderDraft draft);

    Optional<Order> find(String orderId);

    /** By human number, e.g. {@code D-2026-000123} (case-insensitive). */
    Optional<Order> findByNumber(String number);

    /** One page of the orders list. */
    Page<OrderRow> search(OrderQuery query);

    OrderSummaryCounts counts();

    /** Oldest first: creation, every transition and refund. */
    List<StatusChange> history(String orderId);

    /**
     * Moves the order to {@code target} if {@link OrderStatus#nextByTransition()} allows it. Paying sets the
     * payment state and time; cancelling returns the stock of every line (RETURNED movements).
     *
     * @throws com.merchantdesk.kernel.ValidationException on field {@code status} with the reason of
     *         {@link OrderStatus#refusal(OrderStatus)}, or {@code id} when the order does not exist
     */
    Order transition(String orderId, OrderStatus target, String actor);

    /** {@code transition(orderId, CANCELLED, actor)}. */
    default Order cancel(String orderId, String actor) { return transition(orderId, OrderStatus.CANCELLED, actor); }

    /**
     * Records a return/refund after shipping: refunded money and units, RETURNED movements when
     * {@code restock}; the order becomes {@code REFUNDED} when its whole total has been refunded, else
     * {@code PARTIALLY_REFUNDED}.
     */
    Order refund(String orderId, RefundRequest request, String actor);

    /** Changes the seller's memo and flag (history unchanged; the memo is the desk's own and is not queued). */
    Order updateMemo(String orderId, String memo, MemoFlag flag);

    /** Stock of the given SKUs for order entry, keyed by SKU id; unknown ids are left out. */
    Map<String, SkuAvailability> availability(Collection<String> skuIds);
}
