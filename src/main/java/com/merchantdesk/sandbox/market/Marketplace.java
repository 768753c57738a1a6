package com.merchantdesk.sandbox.market;

import com.merchantdesk.platform.Actor;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.Order;
import com.merchantdesk.platform.OrderLine;
import com.merchantdesk.platform.PaymentMethod;
import com.merchantdesk.platform.PaymentState;
import com.merchantdesk.platform.PlatformChannel;
import com.merchantdesk.platform.PlatformOrderStatus;
import com.merchantdesk.platform.Product;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.Shipment;
import com.merchantdesk.platform.StatusChange;
import com.merchantdesk.platform.TrackingEvent;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.sandbox.api.ShipmentApi;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the marketplace itself does, apart from answering the desk: buyers place online orders (paid, taking
 * platform stock, never below zero), cancel them, open after-sale requests; carriers report tracking events; the
 * platform delists products. The simulator and the admin actions of the next step build on these; tests use them
 * to make the platform's side of a story.
 */
public final class Marketplace {

    private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final Database db;
    private final Clock clock;

    public Marketplace(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A buyer's line: a SKU by id and how many. */
    public record Wanted(String skuId, long quantity) {}

    /** Places a paid online order; refused (IllegalStateException) when the platform has too little stock. */
    public Order placeOnlineOrder(String sellerCode, String buyerName, Address shipTo, List<Wanted> wanted) {
        Instant now = now();
        return db.write(c -> {
            Seller seller = seller(c, sellerCode);
            List<OrderLine> lines = new ArrayList<>();
            String currency = null;
            Money goods = null;
            for (Wanted w : wanted) {
                Skus.Row row = Skus.find(c, seller, w.skuId()).orElseThrow(() -> new IllegalArgumentException("No SKU " + w.skuId()));
                if (row.onHand() < w.quantity()) {
                    throw new IllegalStateException("Only " + row.onHand() + " of " + row.code() + " on the platform");
                }
                Money price = row.sku().price();
                currency = price.currency();
                goods = goods == null ? price.times(w.quantity()) : goods.plus(price.times(w.quantity()));
                lines.add(new OrderLine(Ids.newIdString(), w.skuId(), row.code(), title(c, seller, row), price, w.quantity(),
                        Money.zero(currency), 0));
                Skus.moveStock(c, seller, w.skuId(), -w.quantity(), now);
            }
            String id = Ids.newIdString();
            Order order = new Order(id, "T" + NUMBER_DAY.format(now) + id.substring(id.length() - 8).toUpperCase(), null, null,
                    PlatformChannel.PLATFORM, PlatformOrderStatus.PAID, PaymentState.PAID, PaymentMethod.PLATFORM, null, buyerName,
                    null, null, shipTo, lines, currency, Money.zero(currency), Money.zero(currency), goods, Money.zero(currency),
                    false, null, now, now, now, 1, List.of(new StatusChange(PlatformOrderStatus.PAID, now, Actor.BUYER, null)));
            Orders.put(c, seller, order, now);
            return order;
        });
    }

    /** The buyer cancels an online order not yet shipped: its units go back into platform stock. */
    public Order buyerCancels(String sellerCode, String orderId) {
        Instant now = now();
        return db.write(c -> {
            Seller seller = seller(c, sellerCode);
            Order order = Orders.find(c, seller, orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
            if (order.status().ordinal() >= PlatformOrderStatus.SHIPPED.ordinal()) {
                throw new IllegalStateException("Order " + order.number() + " is " + order.status().wire());
            }
            for (OrderLine line : order.lines()) {
                if (line.skuId() != null && Skus.find(c, seller, line.skuId()).isPresent()) {
                    Skus.moveStock(c, seller, line.skuId(), line.quantity(), now);
                }
            }
            List<StatusChange> history = new ArrayList<>(order.history());
            history.add(new StatusChange(PlatformOrderStatus.CANCELLED, now, Actor.BUYER, null));
            Order next = new Order(order.id(), order.number(), order.deskId(), order.deskCode(), order.channel(),
                    PlatformOrderStatus.CANCELLED, order.paymentState(), order.paymentMethod(), order.customerId(),
                    order.customerName(), order.customerPhone(), order.customerEmail(), order.shipTo(), order.lines(),
                    order.currency(), order.shippingFee(), order.tax(), order.total(), order.refunded(), order.oversold(),
                    order.notes(), order.placedAt(), order.paidAt(), now, order.version() + 1, history);
            Orders.put(c, seller, next, now);
            return next;
        });
    }

    /** A buyer's after-sale request on a delivered order, waiting for the seller's answer. */
    public AfterSale openAfterSale(String sellerCode, String orderId, AfterSaleKind kind, String reason, List<RefundLine> lines, Money amount) {
        Instant now = now();
        return db.write(c -> {
            Seller seller = seller(c, sellerCode);
            Orders.find(c, seller, orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
            AfterSale request = new AfterSale(Ids.newIdString(), orderId, kind, AfterSaleState.OPEN, reason, lines, amount, now,
                    null, null, null, 1);
            Records.put(c, seller, ChangeKind.AFTER_SALE, request.id(), orderId, 1, Map.of(), Docs.write(request), now);
            return request;
        });
    }

    /** The carrier reports a step of a parcel. */
    public Shipment carrierReports(String sellerCode, String shipmentId, TrackingStatus status, String place) {
        Instant now = now();
        return db.write(c -> {
            Seller seller = seller(c, sellerCode);
            StoredRecord stored = Records.find(c, seller, ChangeKind.SHIPMENT, shipmentId)
                    .orElseThrow(() -> new IllegalArgumentException("No shipment " + shipmentId));
            Shipment shipment = Docs.read(stored.doc(), Shipment.class);
            return ShipmentApi.track(c, seller, shipment, new TrackingEvent(Ids.newIdString(), status, now, place,
                    status.wire().replace('_', ' '), "carrier"), now);
        });
    }

    /** The platform delists (or lists again) a product. */
    public Product setListing(String sellerCode, String productId, ListingState listing) {
        Instant now = now();
        return db.write(c -> {
            Seller seller = seller(c, sellerCode);
            StoredRecord stored = Records.find(c, seller, ChangeKind.PRODUCT, productId)
                    .orElseThrow(() -> new IllegalArgumentException("No product " + productId));
            Product p = Docs.read(stored.doc(), Product.class);
            long version = stored.version() + 1;
            Product next = new Product(p.id(), p.title(), p.description(), p.category(), p.status(), p.optionNames(), listing,
                    version, p.createdAt(), now);
            // The listing is the platform's field: it does not count as a change of a seller-owned field.
            Records.put(c, seller, ChangeKind.PRODUCT, p.id(), null, version, stored.fieldVersions(), Docs.write(next), now);
            return next;
        });
    }

    /** The platform changes a SKU's price (a promotion of the marketplace's): it counts as a change of the field. */
    public com.merchantdesk.platform.Sku setPrice(String sellerCode, String skuId, Money price) {
        Instant now = now();
        return db.write(c -> {
            Seller seller = seller(c, sellerCode);
            Skus.Row row = Skus.find(c, seller, skuId).orElseThrow(() -> new IllegalArgumentException("No SKU " + skuId));
            com.merchantdesk.platform.Sku s = row.sku();
            long version = row.record().version() + 1;
            com.merchantdesk.platform.Sku next = new com.merchantdesk.platform.Sku(s.id(), s.productId(), s.code(), s.optionValues(),
                    s.barcode(), price, s.compareAtPrice(), s.cost(), s.weightGrams(), s.reorderPoint(), version, s.createdAt(), now);
            Map<String, Long> versions = new java.util.TreeMap<>(row.record().fieldVersions());
            versions.put("price", version);
            Skus.put(c, seller, next, versions, now);
            return next;
        });
    }

    /** What a buyer sees on the line: the product's title and the SKU's options (its code if the product is gone). */
    private static String title(java.sql.Connection c, Seller seller, Skus.Row row) throws java.sql.SQLException {
        var sku = row.sku();
        return Records.find(c, seller, ChangeKind.PRODUCT, sku.productId())
                .map(p -> Docs.read(p.doc(), Product.class).title()
                        + (sku.optionValues() == null || sku.optionValues().isEmpty() ? "" : " (" + String.join(", ", sku.optionValues()) + ")"))
                .orElse(row.code());
    }

    private Instant now() { return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS); }

    private static Seller seller(java.sql.Connection c, String code) throws java.sql.SQLException {
        return Sellers.find(c, code).orElseThrow(() -> new IllegalArgumentException("No seller " + code));
    }
}
