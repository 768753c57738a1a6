package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.BatchItemResult;
import com.merchantdesk.platform.BatchResult;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.http.WriteRoute;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A batch of creates in one request ({@code {"items": [...]}}): each item runs as its single request would, in a
 * savepoint of the batch's one transaction, so a refused item leaves no trace and the others still apply. The
 * answer has one result per item, in order; the whole answer is what the Idempotency-Key replays.
 */
final class Batches {

    static final int MAX_ITEMS = 500;

    private Batches() {}

    static ApiResponse run(Connection c, Call call, WriteRoute single) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("items"));
        List<JsonNode> items = f.array(body, "", "items", 1, MAX_ITEMS, true);
        f.done();
        List<BatchItemResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = item.path("id").isTextual() ? item.path("id").textValue() : null;
            Savepoint savepoint = c.setSavepoint();
            try {
                ApiResponse response = single.apply(c, new Call(call.seller(), call.parameters(), item, call.now()));
                c.releaseSavepoint(savepoint);
                results.add(new BatchItemResult(i, id, response.status(), PlatformJson.mapper().valueToTree(response.body()), null));
            } catch (ApiFailure failure) {
                c.rollback(savepoint);
                results.add(new BatchItemResult(i, id, failure.problem().status(), null, failure.problem()));
            }
        }
        return ApiResponse.ok(new BatchResult(results));
    }
}
