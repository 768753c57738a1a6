package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.CatalogWire;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One checked product of the file, ready to write. Holds only what the write needs, so a large import does
 * not keep the catalogue's old versions in memory until it commits.
 *
 * @param product  the product to save; null when the file repeats what the catalogue has
 * @param counts   the stock counts its rows give
 * @param fileSkus how many of the product's SKUs the file lists
 * @param errors   names the file's cells should saving still refuse the product
 * @param beforeUpdatedAt when the catalogue's version the plan started from was last changed (null for a new
 *                 product): the write checks that nobody changed it since
 * @param productId the product's id, also when it is unchanged
 * @param imageSources the images the file names for it (web addresses, absolute paths), fetched after commit
 * @param outboxRows the outbox rows that carry the change to the platform ({@link OutboxRows}), made while the
 *                 old version is at hand
 */
record PlannedProduct(Product product, boolean isNew, int skusCreated, int skusUpdated, List<StockCount> counts,
                      int fileSkus, FieldErrorMapper errors, Instant beforeUpdatedAt, String productId,
                      List<String> imageSources, String outboxRows) {

    /** "on_hand" of a row: the SKU it counts and the quantity. */
    record StockCount(String skuId, long onHand) {}

    /**
     * @param before the catalogue's version of the product, null for a new one
     * @param onHand the row's on_hand for each of the product's first {@code fileSkus} SKUs, null when empty
     */
    static PlannedProduct of(Product product, Product before, List<Long> onHand, FieldErrorMapper errors,
                             List<String> imageSources) {
        List<StockCount> counts = new java.util.ArrayList<>();
        for (int i = 0; i < onHand.size(); i++) {
            if (onHand.get(i) != null) {
                counts.add(new StockCount(product.skus().get(i).id(), onHand.get(i)));
            }
        }
        int fileSkus = onHand.size();
        if (before == null) {
            return new PlannedProduct(product, true, fileSkus, 0, counts, fileSkus, errors, null, product.id(),
                    imageSources, OutboxRows.encode(CatalogWire.changes(null, product, product.updatedAt())));
        }
        Map<String, Sku> old = before.skus().stream().collect(Collectors.toMap(Sku::id, Function.identity()));
        List<Sku> listed = product.skus().subList(0, fileSkus);
        int created = (int) listed.stream().filter(s -> !old.containsKey(s.id())).count();
        int updated = (int) listed.stream().filter(s -> old.containsKey(s.id()) && !old.get(s.id()).equals(s)).count();
        boolean same = sameAs(product, before);
        return new PlannedProduct(same ? null : product, false, created, updated, counts, fileSkus, errors,
                before.updatedAt(), product.id(), imageSources,
                same ? "[]" : OutboxRows.encode(CatalogWire.changes(before, product, product.updatedAt())));
    }

    boolean unchanged() { return product == null; }

    /** Equal but for the time of the change. */
    private static boolean sameAs(Product product, Product before) {
        Product same = new Product(product.id(), product.title(), product.description(), product.category(),
                product.status(), product.optionNames(), product.skus(), product.images(), product.createdAt(),
                before.updatedAt());
        return same.equals(before);
    }
}
