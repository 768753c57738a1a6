package com.merchantdesk.sandbox.api;

import com.merchantdesk.platform.Account;
import com.merchantdesk.platform.Desk;
import com.merchantdesk.sandbox.http.ApiResponse;
import com.merchantdesk.sandbox.http.Call;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Desks;
import com.merchantdesk.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code GET /v1/account}, and the desks of the account: {@code POST /v1/desks} (register once), {@code GET /v1/desks}. */
public final class AccountApi {

    private final Database db;

    public AccountApi(Database db) { this.db = db; }

    public ApiResponse account(Call call) {
        return ApiResponse.ok(new Account(call.seller().code(), call.seller().name()));
    }

    public ApiResponse desks(Call call) {
        List<Desk> desks = db.read(c -> Desks.all(c, call.seller()));
        return ApiResponse.ok(Map.of("desks", desks));
    }

    /** Registers a desk, or answers its existing registration (same desk id: same code, 200). */
    public ApiResponse register(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        var body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("desk_id", "name"));
        String deskId = f.uuid(body, "", "desk_id", true);
        String name = f.text(body, "", "name", 80, true);
        f.done();
        Optional<Desk> existing = Desks.find(c, call.seller(), deskId);
        if (existing.isPresent()) {
            return ApiResponse.ok(existing.get());
        }
        return ApiResponse.created(Desks.register(c, call.seller(), deskId, name.strip(), call.now()), "/v1/desks/" + deskId);
    }
}
