package com.merchantdesk.catalog;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Creating, editing, archiving and finding products. Every change is written with its outbox row in one
 * transaction. Blocking: call from a background thread, never the FX thread.
 */
public final class CatalogService {

    public static final String OUTBOX_ENTITY = "product";

    private final Database db;
    private final Clock clock;
    private final CatalogRepository repository = new CatalogRepository();
    private final ProductSearch search = new ProductSearch();
    private final StockLedger ledger = new StockLedger();

    public CatalogService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Database database() { return db; }

    /** Creates the product, or updates it when {@code input.id()} names an existing one. */
    public Product save(ProductInput input, Currency currency) {
        Instant now = clock.instant();
        Product product = input.toProduct(currency, now);
        return db.write(c -> save(c, product));
    }

    /** Saves an already validated product on the caller's transaction (used by import). */
    public Product save(Connection c, Product product) throws SQLException {
        Optional<Product> existing = repository.find(c, product.id());
        checkUnique(c, product);
        if (existing.isPresent()) {
            checkRemovedSkus(c, existing.get(), product);
            Product merged = new Product(product.id(), product.title(), product.description(), product.category(),
                    product.status(), product.optionNames(), product.skus(), product.images(),
                    existing.get().createdAt(), product.updatedAt());
            repository.update(c, merged);
            queue(c, CatalogWire.changes(existing.get(), merged, merged.updatedAt()));
            return merged;
        }
        repository.insert(c, product);
        queue(c, CatalogWire.changes(null, product, product.updatedAt()));
        return product;
    }

    private static void queue(Connection c, List<Outbox.Change> changes) throws SQLException {
        for (Outbox.Change change : changes) {
            Outbox.append(c, change);
        }
    }

    private void checkUnique(Connection c, Product p) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < p.skus().size(); i++) {
            Sku s = p.skus().get(i);
            Optional<String> owner = repository.productIdOfCode(c, s.code());
            if (owner.isPresent() && !owner.get().equals(p.id())) {
                errors.add(FieldError.of("skus[" + i + "].code", "validation.sku.codeTaken", s.code()));
            }
            if (s.barcode() != null) {
                Optional<String> barcodeOwner = repository.productIdOfBarcode(c, s.barcode().value());
                if (barcodeOwner.isPresent() && !barcodeOwner.get().equals(p.id())) {
                    errors.add(FieldError.of("skus[" + i + "].barcode", "validation.barcode.taken", s.barcode().value()));
                }
            }
            Optional<String> idOwner = repository.productIdOfSku(c, s.id());
            if (idOwner.isPresent() && !idOwner.get().equals(p.id())) {
                errors.add(FieldError.of("skus[" + i + "].id", "validation.sku.otherProduct"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A SKU with stock history cannot disappear: its ledger (and later its orders) point at it. */
    private void checkRemovedSkus(Connection c, Product before, Product after) throws SQLException {
        List<String> kept = after.skus().stream().map(Sku::id).toList();
        for (Sku old : before.skus()) {
            if (!kept.contains(old.id()) && ledger.hasMovements(c, old.id())) {
                throw new ValidationException(FieldError.of("skus", "validation.sku.hasHistory", old.code()));
            }
        }
    }

    public Optional<Product> find(String productId) {
        return db.read(c -> repository.find(c, productId));
    }

    public Product setStatus(String productId, ProductStatus status) {
        return db.write(c -> {
            Product p = repository.find(c, productId)
                    .orElseThrow(() -> new ValidationException(FieldError.of("id", "validation.product.missing")));
            Product changed = p.withStatus(status, clock.instant());
            repository.update(c, changed);
            queue(c, CatalogWire.changes(p, changed, changed.updatedAt()));
            return changed;
        });
    }

    /**
     * Deletes a product that nothing refers to. One whose SKUs have stock history must be archived instead,
     * so the ledger (and later orders) keep their meaning.
     */
    public void delete(String productId) {
        db.write(c -> {
            if (repository.find(c, productId).isEmpty()) {
                // No tombstone for a product that was never here.
                throw new ValidationException(FieldError.of("id", "validation.product.missing"));
            }
            for (String skuId : repository.skuIds(c, productId)) {
                if (ledger.hasMovements(c, skuId)) {
                    throw new ValidationException(FieldError.of("id", "validation.product.archiveInstead"));
                }
            }
            repository.delete(c, productId);
            Outbox.append(c, CatalogWire.deleted(productId, clock.instant()));
            return null;
        });
    }

    /** A page of the list; its count stops at {@link ProductSearch#COUNT_LIMIT} (see {@link Page#totalExact()}). */
    public Page<SkuRow> search(ProductQuery query) {
        return db.read(c -> search.search(c, query));
    }

    /** Every match of {@code query}, counted to the end: for "last page", not for each keystroke. */
    public long count(ProductQuery query) {
        return db.read(c -> search.count(c, query));
    }

    /** The SKU a scanner or a typed code names exactly, by barcode first and then SKU code. */
    public Optional<SkuRow> findByScan(String code) {
        return db.read(c -> search.findExact(c, code));
    }

    public Optional<SkuRow> findSku(String skuId) {
        return db.read(c -> search.findBySkuId(c, skuId));
    }

    public List<String> categories() {
        return db.read(repository::categories);
    }
}
