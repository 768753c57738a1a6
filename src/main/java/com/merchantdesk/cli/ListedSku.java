package com.merchantdesk.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.kernel.Money;
import java.util.Locale;

/**
 * One element of {@code products list --json}. Money is an exact decimal string with its currency code
 * (never a floating-point number), e.g. {@code {"amount": "19.90", "currency": "USD"}}.
 */
@JsonPropertyOrder({"code", "title", "options", "barcode", "price", "onHand", "reserved", "available", "reorderPoint",
        "lowStock", "status", "category", "skuId", "productId"})
record ListedSku(String code, String title, String options, String barcode, Amount price, long onHand, long reserved,
                 long available, int reorderPoint, boolean lowStock, String status, String category, String skuId,
                 String productId) {

    record Amount(String amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.toPlainString(), money.currency().getCurrencyCode());
        }
    }

    static ListedSku of(SkuRow row) {
        return new ListedSku(row.code(), row.title(), row.optionLabel(), row.barcode(), Amount.of(row.price()),
                row.onHand(), row.reserved(), row.available(), row.reorderPoint(), row.lowStock(),
                row.status().name().toLowerCase(Locale.ROOT), row.category(), row.skuId(), row.productId());
    }
}
