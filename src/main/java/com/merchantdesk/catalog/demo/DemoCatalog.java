package com.merchantdesk.catalog.demo;

import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The demo shop's catalogue as plain data: the same plan {@link DemoShop} writes into a desk's database, for
 * whoever else needs the same shop (the sandbox platform's demo account), so SKU codes, titles and prices match.
 * Each SKU's stock is what its planned movements add up to.
 */
public final class DemoCatalog {

    /** A SKU of the demo shop and the stock it ends up with. */
    public record DemoSku(String code, List<String> optionValues, String barcode, Money price, Money compareAtPrice,
                          Money cost, Integer weightGrams, int reorderPoint, long stock) {}

    /** A product of the demo shop. */
    public record DemoProduct(String title, String description, String category, ProductStatus status,
                              List<String> optionNames, List<DemoSku> skus) {}

    private DemoCatalog() {}

    /** The demo shop with prices in {@code currency}, planned as {@link DemoShop#fill} plans it. */
    public static List<DemoProduct> plan(Currency currency, Instant now) {
        List<DemoProduct> products = new ArrayList<>();
        for (DemoAssortment.PlannedProduct planned : new DemoAssortment(new Random(DemoShop.SEED), new PriceScale(currency), now).plan()) {
            long[] stock = new long[planned.product().skus().size()];
            planned.movements().forEach(m -> stock[m.skuIndex()] += m.delta());
            List<DemoSku> skus = new ArrayList<>();
            for (int i = 0; i < stock.length; i++) {
                Sku s = planned.product().skus().get(i);
                skus.add(new DemoSku(s.code(), s.optionValues(), s.barcode() == null ? null : s.barcode().value(), s.price(),
                        s.compareAtPrice(), s.cost(), s.weightGrams(), s.reorderPoint(), stock[i]));
            }
            var p = planned.product();
            products.add(new DemoProduct(p.title(), p.description(), p.category(), p.status(), p.optionNames(), skus));
        }
        return products;
    }
}
