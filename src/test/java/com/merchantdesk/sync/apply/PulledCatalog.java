package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerWire;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.ProductStatus;
import com.merchantdesk.store.Outbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

/** Test helpers: the platform's records as JSON, pulls through {@link PulledChanges}, and what the store holds. */
final class PulledCatalog {

    static final Instant AT = Instant.parse("2026-06-02T08:00:00Z");
    private final AppContext app;

    PulledCatalog(AppContext app) { this.app = app; }

    /** The product as the platform would answer it, at {@code version}. */
    static ObjectNode product(Product p, long version) {
        return PlatformJson.mapper().valueToTree(new com.merchantdesk.platform.Product(p.id(), p.title(), p.description(),
                p.category(), ProductStatus.valueOf(p.status().name()), p.optionNames(), ListingState.LISTED, version,
                p.createdAt(), p.updatedAt()));
    }

    static ObjectNode sku(String productId, Sku s, long version) {
        return PlatformJson.mapper().valueToTree(new com.merchantdesk.platform.Sku(s.id(), productId, s.code(),
                s.optionValues(), s.barcode() == null ? null : s.barcode().value(), money(s.price()),
                s.compareAtPrice() == null ? null : money(s.compareAtPrice()), new Money("USD", 1), s.weightGrams(),
                s.reorderPoint(), version, AT, AT));
    }

    static ObjectNode customer(Customer k, long version) {
        com.merchantdesk.platform.Address a = CustomerWire.address(k.address());
        return PlatformJson.mapper().valueToTree(new com.merchantdesk.platform.Customer(k.id(), k.name(),
                k.phone().isEmpty() ? null : k.phone(), k.email().isEmpty() ? null : k.email(), a == null ? List.of() : List.of(a),
                version, k.createdAt(), k.updatedAt()));
    }

    static Money money(com.merchantdesk.kernel.Money m) { return new Money(m.currency().getCurrencyCode(), m.minorUnits()); }

    void pull(ChangeKind kind, ObjectNode record) {
        app.database().write(c -> PulledChanges.standard().apply(c, new Change(kind, record.get("id").asText(), false, AT, record)));
    }

    void tombstone(ChangeKind kind, String id) {
        app.database().write(c -> PulledChanges.standard().apply(c, new Change(kind, id, true, AT, null)));
    }

    /** Pushes every queued row as the engine would (sending, then acknowledged). */
    void pushAll() {
        app.database().write(c -> {
            // Row by row in order, as the engine sends them: a row that waited is ready once the one before is in.
            for (List<Outbox.Entry> ready = Outbox.ready(c, 1); !ready.isEmpty(); ready = Outbox.ready(c, 1)) {
                Outbox.markSending(c, ready.get(0).seq());
                Outbox.acknowledge(c, ready.get(0).seq(), AT);
            }
            return null;
        });
    }

    /** The desk's product created and acknowledged: the platform has it at version 1 and both agree. */
    void agree(Product p) {
        pushAll();
        app.database().write(c -> {
            Conflicts.acknowledged(c, ChangeKind.PRODUCT, product(p, 1));
            for (Sku s : p.skus()) {
                Conflicts.acknowledged(c, ChangeKind.SKU, sku(p.id(), s, 1));
            }
            return null;
        });
    }

    void agree(Customer k) {
        pushAll();
        app.database().write(c -> Conflicts.acknowledged(c, ChangeKind.CUSTOMER, customer(k, 1)));
    }

    long outboxRows() { return count("SELECT count(*) FROM outbox"); }

    long openOutboxRows() { return count("SELECT count(*) FROM outbox WHERE state <> 2"); }

    long conflicts() { return count("SELECT count(*) FROM sync_conflict"); }

    long count(String sql, Object... args) {
        return app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    String text(String sql, Object... args) {
        return app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    List<Outbox.Entry> open() { return app.database().read(c -> Outbox.pending(c, 1000)); }
}
