package com.merchantdesk.orders;

import com.merchantdesk.kernel.Money;
import java.util.Objects;

/**
 * One line of an order, with the SKU's title, options and price as they were when the order was taken:
 * later catalogue edits never change an order. A line has no id of its own: the order's id and the line's
 * position name it (that is how refunds, and later sync, point at a line).
 *
 * <p>A line pulled from the platform whose SKU this desk does not know has no {@code skuId}: its
 * {@code unmappedSku} keeps the platform's SKU reference ("needs mapping", docs/sync.md) until the seller maps it;
 * a platform line with no SKU at all (a fee) has neither. Such lines move no stock.
 *
 * @param position         0-based place in the order, unique within it
 * @param unitPrice        price of one unit (the catalogue price, or what the seller typed)
 * @param discount         discount on the whole line (not per unit), {@code 0 <= discount <= unitPrice x quantity}
 * @param refundedQuantity units returned or refunded so far
 */
public record OrderLine(int position, String skuId, String skuCode, String title, String optionLabel,
                        Money unitPrice, long quantity, Money discount, long refundedQuantity, String unmappedSku) {

    /** A line of a SKU this desk knows. */
    public OrderLine(int position, String skuId, String skuCode, String title, String optionLabel, Money unitPrice,
                     long quantity, Money discount, long refundedQuantity) {
        this(position, Objects.requireNonNull(skuId, "skuId"), skuCode, title, optionLabel, unitPrice, quantity,
                discount, refundedQuantity, null);
    }

    public OrderLine {
        if (skuId != null && unmappedSku != null) {
            throw new IllegalArgumentException("a line with a SKU needs no mapping");
        }
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount");
        skuCode = skuCode == null ? "" : skuCode;
        title = title == null ? "" : title;
        optionLabel = optionLabel == null ? "" : optionLabel;
        if (quantity <= 0 || refundedQuantity < 0 || refundedQuantity > quantity) {
            throw new IllegalArgumentException("quantity " + quantity + ", refunded " + refundedQuantity);
        }
    }

    /** Unit price times quantity, before the line discount. */
    public Money gross() { return unitPrice.times(quantity); }

    /** What the line adds to the subtotal: gross less the line discount. */
    public Money net() { return gross().minus(discount); }

    /** Units not yet returned or refunded. */
    public long remainingQuantity() { return quantity - refundedQuantity; }

    /** "Title / Red / M", or the title alone for a SKU without options. */
    public String label() { return optionLabel.isEmpty() ? title : title + " / " + optionLabel; }

    public OrderLine withRefunded(long refunded) {
        return new OrderLine(position, skuId, skuCode, title, optionLabel, unitPrice, quantity, discount, refunded,
                unmappedSku);
    }

    /** Whether the line names a SKU of the desk: only such lines move stock. */
    public boolean hasSku() { return skuId != null; }

    /** A pulled line whose SKU the desk does not know yet: the seller maps it to one of the desk's SKUs. */
    public boolean needsMapping() { return unmappedSku != null; }
}
