package com.merchantdesk.sandbox.demo;

import com.merchantdesk.catalog.demo.DemoCatalog;
import com.merchantdesk.platform.AdjustmentReason;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Product;
import com.merchantdesk.platform.ProductStatus;
import com.merchantdesk.platform.Sku;
import com.merchantdesk.platform.StockAdjustment;
import com.merchantdesk.platform.StockLevel;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sandbox's demo account: a seller whose shop is the desk's demo shop (the same plan, {@link DemoCatalog}, so
 * SKU codes, titles and prices match the desk's {@code demo}), each SKU's stock received once (an order history
 * written after it, {@link DemoOrders}, moves that receipt to before its first order, raised by what the orders
 * took). A desk's first sync of it gets a real shop. Seeds an account with no products only.
 */
public final class DemoAccount {

    /**
     * What seeding made; {@code onSale}: the active products' SKUs in the plan's order (the order the desk's demo
     * numbers them in), which the order history sells.
     */
    public record Seeded(int products, int skus, long units, List<OnSale> onSale) {
        public Seeded {
            onSale = List.copyOf(onSale);
        }
    }

    /**
     * A SKU buyers can order: its id on the platform, code, the title an order line shows, and price; and the id of
     * its opening stock's {@code received} adjustment (null when the catalogue has no stock of it), which an order
     * history written after the seeding restates as the stock before its first order ({@link DemoOrders}).
     */
    public record OnSale(String id, String code, String title, Money price, String openingId) {}

    /** The note of the opening stock's adjustment. */
    public static final String OPENING_NOTE = "Demo account: opening stock";

    private DemoAccount() {}

    /** Whether the seller exists and has products already (then seeding refuses). */
    public static boolean hasProducts(Database db, String sellerCode) {
        return db.read(c -> {
            var seller = Sellers.find(c, sellerCode);
            return seller.isPresent() && hasProducts(c, seller.get());
        });
    }

    private static boolean hasProducts(java.sql.Connection c, Seller seller) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM record WHERE seller_no = ? AND kind = 'product')")) {
            ps.setLong(1, seller.no());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    public static Seeded seed(Database db, String sellerCode, Currency currency, Instant now) {
        List<DemoCatalog.DemoProduct> plan = DemoCatalog.plan(currency, now);
        return db.write(c -> {
            Seller seller = Sellers.findOrCreate(c, sellerCode, now);
            if (hasProducts(c, seller)) {
                throw new IllegalStateException("Seller " + sellerCode + " has products already; the demo account fills an empty one");
            }
            int skus = 0;
            long units = 0;
            List<OnSale> onSale = new java.util.ArrayList<>();
            for (DemoCatalog.DemoProduct p : plan) {
                String productId = Ids.newIdString();
                Product product = new Product(productId, p.title(), p.description(), p.category(),
                        ProductStatus.valueOf(p.status().name()), p.optionNames(), ListingState.LISTED, 1, now, now);
                Records.put(c, seller, ChangeKind.PRODUCT, productId, null, 1, versions(PRODUCT_FIELDS), Docs.write(product), now);
                for (DemoCatalog.DemoSku s : p.skus()) {
                    String skuId = Ids.newIdString();
                    Sku sku = new Sku(skuId, productId, s.code(), s.optionValues(), s.barcode(), money(s.price()),
                            money(s.compareAtPrice()), money(s.cost()), s.weightGrams(), s.reorderPoint(), 1, now, now);
                    Skus.put(c, seller, sku, versions(SKU_FIELDS), now);
                    // Its stock record exists from now on, even at 0 units: the feed says so, as the stock snapshot would.
                    com.merchantdesk.sandbox.store.Feed.record(c, seller, ChangeKind.STOCK, skuId, now);
                    skus++;
                    String openingId = null;
                    if (s.stock() != 0) {
                        StockLevel after = Skus.moveStock(c, seller, skuId, s.stock(), now);
                        openingId = Ids.newIdString();
                        StockAdjustment received = new StockAdjustment(openingId, skuId, s.stock(), AdjustmentReason.RECEIVED,
                                OPENING_NOTE, null, now, after.onHand());
                        Records.put(c, seller, ChangeKind.STOCK_ADJUSTMENT, openingId, skuId, 1, Map.of(), Docs.write(received), now);
                        units += s.stock();
                    }
                    if (p.status() == com.merchantdesk.catalog.ProductStatus.ACTIVE) {
                        onSale.add(new OnSale(skuId, s.code(), p.title() + (s.optionValues() == null || s.optionValues().isEmpty()
                                ? "" : " (" + String.join(", ", s.optionValues()) + ")"), sku.price(), openingId));
                    }
                }
            }
            return new Seeded(plan.size(), skus, units, onSale);
        });
    }

    private static final List<String> PRODUCT_FIELDS = List.of("title", "description", "category", "status", "option_names");
    private static final List<String> SKU_FIELDS = List.of("code", "option_values", "barcode", "price", "compare_at_price", "cost",
            "weight_grams", "reorder_point");

    /** Every seller-owned field as set at version 1. */
    private static Map<String, Long> versions(List<String> fields) {
        Map<String, Long> versions = new TreeMap<>();
        fields.forEach(f -> versions.put(f, 1L));
        return versions;
    }

    private static Money money(com.merchantdesk.kernel.Money m) {
        return m == null ? null : new Money(m.currency().getCurrencyCode(), m.minorUnits());
    }
}
