package com.merchantdesk.orders.documents;

import com.merchantdesk.kernel.Money;
import java.util.Objects;

/**
 * One order line as printed: the SKU, the title and option label as they were when ordered, and the
 * amounts already computed by the order (the document prints them; it never recomputes them).
 *
 * @param optionLabel e.g. {@code Natural / M}; empty when the product has no options
 * @param discount    the line's discount as a positive amount, zero when none
 * @param lineTotal   what the line costs after its discount
 */
public record DocumentLine(String skuCode, String title, String optionLabel, int quantity,
                           Money unitPrice, Money discount, Money lineTotal) {

    public DocumentLine {
        skuCode = skuCode == null ? "" : skuCode.strip();
        title = title == null ? "" : title.strip();
        optionLabel = optionLabel == null ? "" : optionLabel.strip();
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(lineTotal, "lineTotal");
        if (quantity <= 0) {
            throw new IllegalArgumentException("A document line needs a positive quantity, got " + quantity + " for " + skuCode);
        }
    }
}
