package com.merchantdesk.orders;

import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import java.util.Currency;
import java.util.List;

/**
 * An order as typed into the entry form or the command line: amounts and quantities as typed, choices
 * (channel, payment method, memo flag) already parsed where they were entered; checked by
 * {@link OrderService#create}, which reports every problem at once as
 * {@link com.merchantdesk.kernel.FieldError}s named after the fields here: {@code channel},
 * {@code customer.name}, {@code customer.phone}, {@code customer.email}, {@code lines} (no lines),
 * {@code lines[2].sku}, {@code lines[2].quantity}, {@code lines[2].unitPrice}, {@code lines[2].discount},
 * {@code orderDiscount}, {@code shippingFee}, {@code taxRate}, {@code memo}.
 *
 * <p>The customer is either an existing one ({@code customerId}) or, with a null {@code customerId},
 * {@code newCustomer}, which is created in the same transaction as the order — or neither (both null),
 * for an anonymous sale. An oversold line is refused with an error on {@code lines[i].quantity} that names
 * the available stock unless {@code confirmOversell} is true; then the order is saved and flagged oversold.
 *
 * @param currency     the currency of the shop (Settings); every SKU on the order must be priced in it
 * @param taxRate      percent as typed, e.g. {@code 10} or {@code 7.5} (at most two decimals); blank = 0
 * @param channel      where the order was taken; null is reported as required
 * @param paymentMethod null means {@link PaymentMethod#OTHER}
 * @param paid         true records the order as paid at once (status PAID); false leaves it PENDING_PAYMENT
 */
public record OrderDraft(Currency currency, Channel channel, String customerId, CustomerInput newCustomer,
                         Address shippingAddress, List<LineDraft> lines, String orderDiscount, String shippingFee,
                         String taxRate, PaymentMethod paymentMethod, boolean paid, String memo, MemoFlag memoFlag,
                         boolean confirmOversell) {

    /** Longest memo accepted. */
    public static final int MAX_MEMO_LENGTH = 2_000;
    /** Largest quantity on one line. */
    public static final long MAX_QUANTITY = 1_000_000;

    /**
     * One line as typed. {@code skuId} is the SKU the seller picked (autocomplete or scan); a blank
     * {@code unitPrice} takes the catalogue price; a blank {@code discount} is 0.
     */
    public record LineDraft(String skuId, String quantity, String unitPrice, String discount) {

        public static LineDraft of(String skuId, long quantity) {
            return new LineDraft(skuId, Long.toString(quantity), "", "");
        }
    }

    public OrderDraft {
        java.util.Objects.requireNonNull(currency, "currency");
        lines = lines == null ? List.of() : List.copyOf(lines);
        shippingAddress = shippingAddress == null ? Address.EMPTY : shippingAddress;
        memoFlag = memoFlag == null ? MemoFlag.NONE : memoFlag;
    }

    public OrderDraft withConfirmOversell(boolean confirm) {
        return new OrderDraft(currency, channel, customerId, newCustomer, shippingAddress, lines, orderDiscount,
                shippingFee, taxRate, paymentMethod, paid, memo, memoFlag, confirm);
    }
}
