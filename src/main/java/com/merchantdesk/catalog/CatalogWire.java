package com.merchantdesk.catalog;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.ProductCreate;
import com.merchantdesk.platform.SkuCreate;
import com.merchantdesk.platform.WireJson;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.OutboxKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product's change as the outbox rows that carry it to the platform, in the API document's wire types: a new
 * product is a product create and one create per SKU; an edit is a patch of the fields that changed (the product's
 * and each SKU's), creates of new SKUs and deletes of removed ones. A patch's {@code base_version} is added when
 * it is sent (the platform version the desk then holds). Pictures stay on the desk (their files are local), and so
 * do the SKU's fulfilment fields (bin location, HS code, country of origin: the API's SKU has none, and they
 * serve the desk's pick lists and customs forms), so an edit of only those queues nothing.
 */
public final class CatalogWire {

    public static final String PRODUCT = CatalogService.OUTBOX_ENTITY;
    public static final String SKU = "sku";

    private CatalogWire() {}

    /** The rows for saving {@code after} over {@code before} (null for a new product); empty when nothing travels. */
    public static List<Outbox.Change> changes(Product before, Product after, Instant at) {
        List<Outbox.Change> rows = new ArrayList<>();
        OutboxKey product = new OutboxKey(PRODUCT, after.id());
        if (before == null) {
            rows.add(new Outbox.Change(product, "create", WireJson.encode(new ProductCreate(after.id(), after.title(),
                    after.description(), after.category(), status(after.status()), after.optionNames())), at, List.of(product)));
        } else {
            Map<String, Object> changes = productChanges(before, after);
            if (!changes.isEmpty()) {
                rows.add(patch(product, changes, at, List.of(product)));
            }
        }
        Map<String, Sku> old = new LinkedHashMap<>();
        if (before != null) {
            before.skus().forEach(s -> old.put(s.id(), s));
        }
        for (Sku s : after.skus()) {
            OutboxKey sku = new OutboxKey(SKU, s.id());
            Sku was = old.remove(s.id());
            if (was == null) {
                rows.add(new Outbox.Change(sku, "create", WireJson.encode(skuCreate(after.id(), s)), at, List.of(product, sku)));
            } else {
                Map<String, Object> changes = skuChanges(was, s);
                if (!changes.isEmpty()) {
                    rows.add(patch(sku, changes, at, List.of(sku)));
                }
            }
        }
        for (Sku removed : old.values()) {
            OutboxKey sku = new OutboxKey(SKU, removed.id());
            rows.add(new Outbox.Change(sku, "delete", "{}", at, List.of(sku)));
        }
        return rows;
    }

    /** The tombstone of a deleted product (the platform deletes its SKUs with it). */
    public static Outbox.Change deleted(String productId, Instant at) {
        OutboxKey product = new OutboxKey(PRODUCT, productId);
        return new Outbox.Change(product, "delete", "{}", at, List.of(product));
    }

    static SkuCreate skuCreate(String productId, Sku s) {
        return new SkuCreate(s.id(), productId, s.code(), s.optionValues(), s.barcode() == null ? null : s.barcode().value(),
                money(s.price()), s.compareAtPrice() == null ? null : money(s.compareAtPrice()), s.weightGrams(),
                s.reorderPoint());
    }

    static Map<String, Object> productChanges(Product before, Product after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!before.title().equals(after.title())) {
            changes.put("title", after.title());
        }
        if (!before.description().equals(after.description())) {
            changes.put("description", after.description());
        }
        if (!before.category().equals(after.category())) {
            changes.put("category", after.category());
        }
        if (before.status() != after.status()) {
            changes.put("status", status(after.status()));
        }
        if (!before.optionNames().equals(after.optionNames())) {
            changes.put("option_names", after.optionNames());
        }
        return changes;
    }

    static Map<String, Object> skuChanges(Sku before, Sku after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!before.code().equals(after.code())) {
            changes.put("code", after.code());
        }
        if (!before.optionValues().equals(after.optionValues())) {
            changes.put("option_values", after.optionValues());
        }
        if (!Objects.equals(before.barcode(), after.barcode())) {
            changes.put("barcode", after.barcode() == null ? "" : after.barcode().value());
        }
        if (!before.price().equals(after.price())) {
            changes.put("price", money(after.price()));
        }
        if (!Objects.equals(before.compareAtPrice(), after.compareAtPrice()) && after.compareAtPrice() != null) {
            changes.put("compare_at_price", money(after.compareAtPrice()));
        }
        if (!Objects.equals(before.weightGrams(), after.weightGrams()) && after.weightGrams() != null) {
            changes.put("weight_grams", after.weightGrams());
        }
        if (before.reorderPoint() != after.reorderPoint()) {
            changes.put("reorder_point", after.reorderPoint());
        }
        return changes;
    }

    private static Outbox.Change patch(OutboxKey key, Map<String, Object> changes, Instant at, List<OutboxKey> waits) {
        return new Outbox.Change(key, "patch", WireJson.encode(Map.of("changes", changes)), at, waits);
    }

    private static com.merchantdesk.platform.ProductStatus status(ProductStatus s) {
        return com.merchantdesk.platform.ProductStatus.valueOf(s.name());
    }

    private static com.merchantdesk.platform.Money money(Money m) {
        return new com.merchantdesk.platform.Money(m.currency().getCurrencyCode(), m.minorUnits());
    }
}
