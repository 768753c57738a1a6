package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.AdjustmentReason;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Problem;
import com.merchantdesk.platform.StockAdjustment;
import com.merchantdesk.platform.StockLevel;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Desks;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stock movements not tied to an order (brief: "Stock travels as deltas"): adjustments by the desk's UUID,
 * applied once however often they are sent, singly or in batches; and stocktakes, the one way to set an absolute
 * level, only against the stock version the desk last saw (412 otherwise). Sales, cancellations and restocked
 * refunds move stock through their orders and refunds, never through here.
 */
public final class StockApi {

    static final long MAX_DELTA = 1_000_000_000L;

    private final Database db;

    public StockApi(Database db) { this.db = db; }

    public ApiResponse stock(Call call) {
        String skuId = call.parameter("sku_id");
        return ApiResponse.ok(db.read(c -> Skus.find(c, call.seller(), skuId)).map(Skus.Row::stock)
                .orElseThrow(() -> ApiFailure.notFound("SKU", skuId)));
    }

    public ApiResponse adjust(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "sku_id", "delta", "reason", "note", "desk_id", "at"));
        String id = f.uuid(body, "", "id", true);
        String skuId = f.uuid(body, "", "sku_id", true);
        Long delta = f.integer(body, "", "delta", -MAX_DELTA, MAX_DELTA, true);
        AdjustmentReason reason = f.enumValue(body, "", "reason", AdjustmentReason.class, true);
        String note = f.text(body, "", "note", 500, false);
        String deskId = f.uuid(body, "", "desk_id", false);
        Instant at = f.instant(body, "", "at", false);
        if (delta != null && delta == 0) {
            f.problem("delta", "must not be 0: an adjustment moves stock");
        }
        f.done();
        Optional<StoredRecord> existing = Records.find(c, call.seller(), ChangeKind.STOCK_ADJUSTMENT, id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get().doc()));
        }
        requireDesk(c, call, deskId);
        if (Skus.find(c, call.seller(), skuId).isEmpty()) {
            throw ApiFailure.invalid("sku_id", "names no SKU of this account");
        }
        StockLevel after = Skus.moveStock(c, call.seller(), skuId, delta, call.now());
        StockAdjustment adjustment = new StockAdjustment(id, skuId, delta, reason, note, deskId, at == null ? call.now() : at, after.onHand());
        Records.put(c, call.seller(), ChangeKind.STOCK_ADJUSTMENT, id, skuId, 1, Map.of(), Docs.write(adjustment), call.now());
        return ApiResponse.created(adjustment, "/v1/stock/adjustments/" + id);
    }

    public ApiResponse adjustBatch(Connection c, Call call) throws SQLException {
        return Batches.run(c, call, this::adjust);
    }

    /** Sets the absolute level counted at a stocktake, if the stock is still at {@code base_version}. */
    public ApiResponse stocktake(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "sku_id", "on_hand", "base_version", "note", "desk_id", "at"));
        String id = f.uuid(body, "", "id", true);
        String skuId = f.uuid(body, "", "sku_id", true);
        Long counted = f.integer(body, "", "on_hand", 0, MAX_DELTA, true);
        Long base = f.integer(body, "", "base_version", 0, Long.MAX_VALUE, true);
        String note = f.text(body, "", "note", 500, false);
        String deskId = f.uuid(body, "", "desk_id", false);
        Instant at = f.instant(body, "", "at", false);
        f.done();
        Optional<StoredRecord> existing = Records.find(c, call.seller(), ChangeKind.STOCK_ADJUSTMENT, id);
        if (existing.isPresent()) {
            StockLevel now = Skus.find(c, call.seller(), existing.get().parentId()).map(Skus.Row::stock).orElse(null);
            return ApiResponse.ok(Map.of("adjustment", Docs.tree(existing.get().doc()), "stock", now == null ? Map.of() : now));
        }
        requireDesk(c, call, deskId);
        Skus.Row row = Skus.find(c, call.seller(), skuId).orElseThrow(() -> ApiFailure.invalid("sku_id", "names no SKU of this account"));
        if (row.stockVersion() != base) {
            throw new ApiFailure(Problem.stale(CatalogApi.tree(row.stock()), java.util.List.of("on_hand")));
        }
        StockLevel after = Skus.moveStock(c, call.seller(), skuId, counted - row.onHand(), call.now());
        StockAdjustment adjustment = new StockAdjustment(id, skuId, counted - row.onHand(), AdjustmentReason.COUNTED, note, deskId,
                at == null ? call.now() : at, after.onHand());
        Records.put(c, call.seller(), ChangeKind.STOCK_ADJUSTMENT, id, skuId, 1, Map.of(), Docs.write(adjustment), call.now());
        return ApiResponse.created(Map.of("adjustment", adjustment, "stock", after), "/v1/stock/adjustments/" + id);
    }

    static void requireDesk(Connection c, Call call, String deskId) throws SQLException {
        if (deskId != null && Desks.find(c, call.seller(), deskId).isEmpty()) {
            throw ApiFailure.invalid("desk_id", "names no desk of this account: register it with POST /v1/desks");
        }
    }
}
