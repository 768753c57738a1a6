package com.merchantdesk.orders.view;

import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput.SkuInput;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A small shop for the order screens' tests: three products (four SKUs) in USD with known codes, barcodes,
 * prices and stock, and a helper to take orders through the real service.
 */
public final class OrderShop {

    public static final Currency USD = Currency.getInstance("USD");
    public static final String TEE_BARCODE = "4006381333931";
    public static final String MUG_BARCODE = "5901234123457";

    public final String teeRed;
    public final String teeBlue;
    public final String tote;
    public final String mug;

    private OrderShop(String teeRed, String teeBlue, String tote, String mug) {
        this.teeRed = teeRed;
        this.teeBlue = teeBlue;
        this.tote = tote;
        this.mug = mug;
    }

    /**
     * Linen T-Shirt TS-RED-M (19.90, barcode {@link #TEE_BARCODE}, 10 in stock) and TS-BLU-L (21.00, 4), Canvas Tote
     * Bag TOTE-NAT (12.00, 20), Ceramic Mug MUG-WHT (8.50, barcode {@link #MUG_BARCODE}, 2).
     */
    public static OrderShop seed(AppContext app) {
        Product tee = app.catalog().save(new ProductInput(null, "Linen T-Shirt", "", "Apparel", "active",
                List.of("Colour", "Size"),
                List.of(new SkuInput(null, "TS-RED-M", List.of("Red", "M"), TEE_BARCODE, "19.90", "", "", "", ""),
                        new SkuInput(null, "TS-BLU-L", List.of("Blue", "L"), "", "21.00", "", "", "", "")),
                List.of(), null), USD);
        Product tote = app.catalog().save(new ProductInput(null, "Canvas Tote Bag", "", "Bags", "active", List.of(),
                List.of(new SkuInput(null, "TOTE-NAT", List.of(), "", "12.00", "", "", "", "")), List.of(), null), USD);
        Product mug = app.catalog().save(new ProductInput(null, "Ceramic Mug", "", "Kitchen", "active", List.of(),
                List.of(new SkuInput(null, "MUG-WHT", List.of(), MUG_BARCODE, "8.50", "", "", "", "")), List.of(), null), USD);
        OrderShop shop = new OrderShop(tee.skus().get(0).id(), tee.skus().get(1).id(), tote.skus().get(0).id(),
                mug.skus().get(0).id());
        receive(app, shop.teeRed, 10);
        receive(app, shop.teeBlue, 4);
        receive(app, shop.tote, 20);
        receive(app, shop.mug, 2);
        return shop;
    }

    public static void receive(AppContext app, String skuId, long units) {
        app.stock().adjust(new StockAdjustment(skuId, MovementKind.RECEIVED, units, "Opening stock", "", "PO-1"));
    }

    /** An unpaid phone order for a new customer, lines as SKU id and quantity pairs. */
    public static Order order(AppContext app, String customer, String phone, Object... skuAndQuantity) {
        return app.orders().create(draft(customer, phone, false, skuAndQuantity));
    }

    public static OrderDraft draft(String customer, String phone, boolean paid, Object... skuAndQuantity) {
        List<OrderDraft.LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(OrderDraft.LineDraft.of((String) skuAndQuantity[i], ((Number) skuAndQuantity[i + 1]).longValue()));
        }
        CustomerInput who = customer == null ? null : CustomerInput.named(customer, phone);
        return new OrderDraft(USD, Channel.PHONE, null, who, Address.EMPTY, lines, "", "", "", PaymentMethod.CASH, paid, "", MemoFlag.NONE,
                false);
    }
}
