package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.AfterSale;
import com.merchantdesk.platform.AfterSaleState;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.StoredRecord;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Buyers' after-sale requests (opened on the platform) and the desk's answer to them: accept or reject. Accepting
 * is followed by a refund naming the request ({@code POST /v1/refunds} with {@code after_sale_id}).
 */
public final class AfterSaleApi {

    enum Decision { ACCEPT, REJECT }

    private final Database db;

    public AfterSaleApi(Database db) { this.db = db; }

    public ApiResponse afterSale(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Records.find(c, call.seller(), ChangeKind.AFTER_SALE, id))
                .orElseThrow(() -> ApiFailure.notFound("after-sale request", id)).doc()));
    }

    public ApiResponse answer(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("decision", "note", "desk_id"));
        Decision decision = f.enumValue(body, "", "decision", Decision.class, true);
        String note = f.text(body, "", "note", 500, false);
        String deskId = f.uuid(body, "", "desk_id", false);
        f.done();
        StockApi.requireDesk(c, call, deskId);
        StoredRecord stored = Records.find(c, call.seller(), ChangeKind.AFTER_SALE, id)
                .orElseThrow(() -> ApiFailure.notFound("after-sale request", id));
        AfterSale request = Docs.read(stored.doc(), AfterSale.class);
        AfterSaleState wanted = decision == Decision.ACCEPT ? AfterSaleState.ACCEPTED : AfterSaleState.REJECTED;
        if (request.state() == wanted) {
            return ApiResponse.ok(request);
        }
        if (request.state() != AfterSaleState.OPEN) {
            throw ApiFailure.invalid("decision", "the request was already " + request.state().wire());
        }
        AfterSale next = answered(request, wanted, note, request.refundId(), call.now());
        save(c, call, next);
        return ApiResponse.ok(next);
    }

    static AfterSale answered(AfterSale a, AfterSaleState state, String note, String refundId, Instant now) {
        return new AfterSale(a.id(), a.orderId(), a.kind(), state, a.reason(), a.lines(), a.amount(), a.openedAt(),
                a.answeredAt() == null ? now : a.answeredAt(), note, refundId, a.version() + 1);
    }

    static void save(Connection c, Call call, AfterSale a) throws SQLException {
        Records.put(c, call.seller(), ChangeKind.AFTER_SALE, a.id(), a.orderId(), a.version(), Map.of(), Docs.write(a), call.now());
    }
}
