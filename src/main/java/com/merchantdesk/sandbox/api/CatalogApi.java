package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.Problem;
import com.merchantdesk.platform.Product;
import com.merchantdesk.platform.ProblemType;
import com.merchantdesk.platform.ProductStatus;
import com.merchantdesk.platform.Sku;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Products and SKUs: created by the desk's UUID (a create that finds its id answers the record as it is, 200),
 * changed by PATCH with per-field merge ({@link FieldMerge}), deleted as tombstones. The listing state is the
 * platform's: a desk cannot PATCH it.
 */
public final class CatalogApi {

    static final int MAX_TITLE = 255;
    static final int MAX_TEXT = 5000;
    static final Set<String> PRODUCT_FIELDS = Set.of("title", "description", "category", "status", "option_names");
    static final Set<String> SKU_FIELDS = Set.of("code", "option_values", "barcode", "price", "compare_at_price", "cost",
            "weight_grams", "reorder_point");

    private final Database db;

    public CatalogApi(Database db) { this.db = db; }

    public ApiResponse product(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Records.find(c, call.seller(), ChangeKind.PRODUCT, id))
                .orElseThrow(() -> ApiFailure.notFound("product", id)).doc()));
    }

    public ApiResponse sku(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Skus.find(c, call.seller(), id))
                .orElseThrow(() -> ApiFailure.notFound("SKU", id)).record().doc()));
    }

    public ApiResponse createProduct(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "title", "description", "category", "status", "option_names"));
        String id = f.uuid(body, "", "id", true);
        String title = f.text(body, "", "title", MAX_TITLE, true);
        String description = f.text(body, "", "description", MAX_TEXT, false);
        String category = f.text(body, "", "category", 120, false);
        ProductStatus status = f.enumValue(body, "", "status", ProductStatus.class, true);
        List<String> options = f.texts(body, "", "option_names", 3, 40);
        f.done();
        Optional<StoredRecord> existing = Records.find(c, call.seller(), ChangeKind.PRODUCT, id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get().doc()));
        }
        Product product = new Product(id, title.strip(), description, category, status, options, ListingState.LISTED, 1,
                call.now(), call.now());
        Map<String, Long> versions = FieldMerge.applied(Map.of(), 1, PRODUCT_FIELDS);
        Records.put(c, call.seller(), ChangeKind.PRODUCT, id, null, 1, versions, Docs.write(product), call.now());
        return ApiResponse.created(product, "/v1/products/" + id);
    }

    public ApiResponse patchProduct(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("base_version", "changes"));
        Long base = f.integer(body, "", "base_version", 1, Long.MAX_VALUE, true);
        JsonNode changes = f.object(body == null ? null : body.get("changes"), "changes");
        if (changes != null && changes.has("listing")) {
            throw ApiFailure.of(ProblemType.NOT_OWNER, "The listing state is the platform's; a desk cannot change it");
        }
        f.onlyKnown(changes, "changes", PRODUCT_FIELDS);
        StoredRecord stored = Records.find(c, call.seller(), ChangeKind.PRODUCT, id).orElseThrow(() -> ApiFailure.notFound("product", id));
        Product p = Docs.read(stored.doc(), Product.class);
        List<String> changed = names(changes);
        if (changes != null && changed.isEmpty()) {
            f.problem("changes", "must name at least one field");
        }
        String title = changes != null && changes.has("title") ? f.text(changes, "changes", "title", MAX_TITLE, true) : p.title();
        String description = has(changes, "description") ? f.text(changes, "changes", "description", MAX_TEXT, false) : p.description();
        String category = has(changes, "category") ? f.text(changes, "changes", "category", 120, false) : p.category();
        ProductStatus status = has(changes, "status") ? f.enumValue(changes, "changes", "status", ProductStatus.class, true) : p.status();
        List<String> options = has(changes, "option_names") ? f.texts(changes, "changes", "option_names", 3, 40) : p.optionNames();
        f.done();
        List<String> conflicts = FieldMerge.conflicts(stored.fieldVersions(), base, changed);
        if (!conflicts.isEmpty()) {
            throw new ApiFailure(Problem.stale(Docs.tree(stored.doc()), conflicts));
        }
        long version = stored.version() + 1;
        Product next = new Product(id, title.strip(), description, category, status, options, p.listing(), version,
                p.createdAt(), call.now());
        Records.put(c, call.seller(), ChangeKind.PRODUCT, id, null, version,
                FieldMerge.applied(stored.fieldVersions(), version, changed), Docs.write(next), call.now());
        return ApiResponse.ok(next);
    }

    public ApiResponse deleteProduct(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        for (String skuId : Skus.idsOfProduct(c, call.seller(), id)) {
            Skus.delete(c, call.seller(), skuId, call.now());
        }
        if (!Records.delete(c, call.seller(), ChangeKind.PRODUCT, id, call.now())) {
            throw ApiFailure.notFound("product", id);
        }
        return ApiResponse.ok(Map.of("id", id, "deleted", true));
    }

    public ApiResponse createSku(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        Set<String> known = new java.util.HashSet<>(SKU_FIELDS);
        known.add("id");
        known.add("product_id");
        f.onlyKnown(body, "", known);
        String id = f.uuid(body, "", "id", true);
        String productId = f.uuid(body, "", "product_id", true);
        SkuFields values = SkuFields.read(f, body, "", null);
        f.done();
        Optional<Skus.Row> existing = Skus.find(c, call.seller(), id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get().record().doc()));
        }
        if (Records.find(c, call.seller(), ChangeKind.PRODUCT, productId).isEmpty()) {
            throw ApiFailure.invalid("product_id", "names no product of this account: create the product first");
        }
        codeFree(c, call, values.code(), id, "code");
        Sku sku = new Sku(id, productId, values.code(), values.optionValues(), values.barcode(), values.price(),
                values.compareAtPrice(), values.cost(), values.weightGrams(), values.reorderPoint(), 1, call.now(), call.now());
        Skus.put(c, call.seller(), sku, FieldMerge.applied(Map.of(), 1, SKU_FIELDS), call.now());
        // Its stock record (0 units) exists from now on: the feed says so, as the stock snapshot would.
        Feed.record(c, call.seller(), ChangeKind.STOCK, id, call.now());
        return ApiResponse.created(sku, "/v1/skus/" + id);
    }

    public ApiResponse patchSku(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("base_version", "changes"));
        Long base = f.integer(body, "", "base_version", 1, Long.MAX_VALUE, true);
        JsonNode changes = f.object(body == null ? null : body.get("changes"), "changes");
        f.onlyKnown(changes, "changes", SKU_FIELDS);
        Skus.Row row = Skus.find(c, call.seller(), id).orElseThrow(() -> ApiFailure.notFound("SKU", id));
        Sku s = row.sku();
        List<String> changed = names(changes);
        if (changes != null && changed.isEmpty()) {
            f.problem("changes", "must name at least one field");
        }
        SkuFields values = changes == null ? null : SkuFields.read(f, changes, "changes", s);
        f.done();
        List<String> conflicts = FieldMerge.conflicts(row.record().fieldVersions(), base, changed);
        if (!conflicts.isEmpty()) {
            throw new ApiFailure(Problem.stale(Docs.tree(row.record().doc()), conflicts));
        }
        if (changed.contains("code")) {
            codeFree(c, call, values.code(), id, "changes.code");
        }
        long version = row.record().version() + 1;
        Sku next = new Sku(id, s.productId(), values.code(), values.optionValues(), values.barcode(), values.price(),
                values.compareAtPrice(), values.cost(), values.weightGrams(), values.reorderPoint(), version, s.createdAt(), call.now());
        Skus.put(c, call.seller(), next, FieldMerge.applied(row.record().fieldVersions(), version, changed), call.now());
        return ApiResponse.ok(next);
    }

    public ApiResponse deleteSku(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        if (!Skus.delete(c, call.seller(), id, call.now())) {
            throw ApiFailure.notFound("SKU", id);
        }
        return ApiResponse.ok(Map.of("id", id, "deleted", true));
    }

    private static void codeFree(Connection c, Call call, String code, String id, String field) throws SQLException {
        Optional<String> holder = Skus.idOfCode(c, call.seller(), code);
        if (holder.isPresent() && !holder.get().equals(id)) {
            throw ApiFailure.invalid(field, "\"" + code + "\" is already the code of SKU " + holder.get());
        }
    }

    private static boolean has(JsonNode changes, String name) { return changes != null && changes.has(name); }

    private static List<String> names(JsonNode changes) {
        List<String> names = new ArrayList<>();
        if (changes != null) {
            changes.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** A SKU's seller-owned fields, read from a create or from a PATCH's changes (absent: as {@code before}). */
    private record SkuFields(String code, List<String> optionValues, String barcode, Money price, Money compareAtPrice,
                             Money cost, Integer weightGrams, Integer reorderPoint) {

        static SkuFields read(Fields f, JsonNode node, String path, Sku before) {
            boolean create = before == null;
            String code = create || node.has("code") ? f.text(node, path, "code", 64, true) : before.code();
            List<String> options = create || node.has("option_values") ? f.texts(node, path, "option_values", 3, 60) : before.optionValues();
            String barcode = create || node.has("barcode") ? f.text(node, path, "barcode", 48, false) : before.barcode();
            Money price = create || node.has("price") ? f.money(node, path, "price", null, 0, true) : before.price();
            String currency = price == null ? null : price.currency();
            Money compareAt = create || node.has("compare_at_price") ? f.money(node, path, "compare_at_price", currency, 0, false) : before.compareAtPrice();
            Money cost = create || node.has("cost") ? f.money(node, path, "cost", currency, 0, false) : before.cost();
            Long weight = create || node.has("weight_grams") ? f.integer(node, path, "weight_grams", 0, 1_000_000, false)
                    : before.weightGrams() == null ? null : before.weightGrams().longValue();
            Long reorder = create || node.has("reorder_point") ? f.integer(node, path, "reorder_point", 0, 1_000_000, false)
                    : before.reorderPoint() == null ? null : before.reorderPoint().longValue();
            if (code != null && code.strip().length() != code.length()) {
                f.problem(Fields.at(path, "code"), "must not start or end with spaces");
            }
            return new SkuFields(code, options, barcode, price, compareAt, cost,
                    weight == null ? null : weight.intValue(), reorder == null ? null : reorder.intValue());
        }
    }

    static JsonNode tree(Object record) { return PlatformJson.mapper().valueToTree(record); }
}
