package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One checked product of the file, ready to write: the product as it will be saved, the catalogue's
 * version it replaces (null for a new product), and the stock counts its rows give.
 *
 * @param fileSkus how many of {@code product}'s SKUs come from the file (they come first)
 */
record PlannedProduct(Product product, Product before, List<StockCount> counts, int fileSkus,
                      FieldErrorMapper errors) {

    /** "on_hand" of the row that is SKU {@code skuIndex} of the product. */
    record StockCount(int skuIndex, long onHand) {}

    boolean isNew() { return before == null; }

    /** The file repeats what the catalogue has; saving would only add an outbox row. */
    boolean unchanged() {
        if (before == null) {
            return false;
        }
        Product same = new Product(product.id(), product.title(), product.description(), product.category(),
                product.status(), product.optionNames(), product.skus(), product.images(), product.createdAt(),
                before.updatedAt());
        return same.equals(before);
    }

    int skusCreated() {
        Map<String, Sku> old = oldSkus();
        return (int) product.skus().stream().limit(fileSkus).filter(s -> !old.containsKey(s.id())).count();
    }

    int skusUpdated() {
        Map<String, Sku> old = oldSkus();
        return (int) product.skus().stream().limit(fileSkus)
                .filter(s -> old.containsKey(s.id()) && !old.get(s.id()).equals(s)).count();
    }

    private Map<String, Sku> oldSkus() {
        return before == null ? Map.of() : before.skus().stream().collect(Collectors.toMap(Sku::id, Function.identity()));
    }
}
