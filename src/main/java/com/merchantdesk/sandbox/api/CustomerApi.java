package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Customer;
import com.merchantdesk.platform.Problem;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customers: created by the desk's UUID, changed by PATCH with per-field merge, read by id. */
public final class CustomerApi {

    static final Set<String> FIELDS = Set.of("name", "phone", "email", "addresses");
    static final int MAX_ADDRESSES = 10;

    private final Database db;

    public CustomerApi(Database db) { this.db = db; }

    public ApiResponse customer(Call call) {
        String id = call.parameter("id");
        return ApiResponse.ok(Docs.tree(db.read(c -> Records.find(c, call.seller(), ChangeKind.CUSTOMER, id))
                .orElseThrow(() -> ApiFailure.notFound("customer", id)).doc()));
    }

    public ApiResponse create(Connection c, Call call) throws SQLException {
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("id", "name", "phone", "email", "addresses"));
        String id = f.uuid(body, "", "id", true);
        String name = f.text(body, "", "name", 120, true);
        String phone = f.text(body, "", "phone", 40, false);
        String email = email(f, body, "");
        List<Address> addresses = addresses(f, body, "");
        f.done();
        Optional<StoredRecord> existing = Records.find(c, call.seller(), ChangeKind.CUSTOMER, id);
        if (existing.isPresent()) {
            return ApiResponse.ok(Docs.tree(existing.get().doc()));
        }
        Customer customer = new Customer(id, name.strip(), phone, email, addresses, 1, call.now(), call.now());
        Records.put(c, call.seller(), ChangeKind.CUSTOMER, id, null, 1, FieldMerge.applied(Map.of(), 1, FIELDS),
                Docs.write(customer), call.now());
        return ApiResponse.created(customer, "/v1/customers/" + id);
    }

    public ApiResponse patch(Connection c, Call call) throws SQLException {
        String id = call.parameter("id");
        Fields f = new Fields();
        JsonNode body = f.object(call.body(), "");
        f.onlyKnown(body, "", Set.of("base_version", "changes"));
        Long base = f.integer(body, "", "base_version", 1, Long.MAX_VALUE, true);
        JsonNode changes = f.object(body == null ? null : body.get("changes"), "changes");
        f.onlyKnown(changes, "changes", FIELDS);
        StoredRecord stored = Records.find(c, call.seller(), ChangeKind.CUSTOMER, id).orElseThrow(() -> ApiFailure.notFound("customer", id));
        Customer before = Docs.read(stored.doc(), Customer.class);
        List<String> changed = new ArrayList<>();
        if (changes != null) {
            changes.fieldNames().forEachRemaining(changed::add);
            if (changed.isEmpty()) {
                f.problem("changes", "must name at least one field");
            }
        }
        String name = has(changes, "name") ? f.text(changes, "changes", "name", 120, true) : before.name();
        String phone = has(changes, "phone") ? f.text(changes, "changes", "phone", 40, false) : before.phone();
        String email = has(changes, "email") ? email(f, changes, "changes") : before.email();
        List<Address> addresses = has(changes, "addresses") ? addresses(f, changes, "changes") : before.addresses();
        f.done();
        List<String> conflicts = FieldMerge.conflicts(stored.fieldVersions(), base, changed);
        if (!conflicts.isEmpty()) {
            throw new ApiFailure(Problem.stale(Docs.tree(stored.doc()), conflicts));
        }
        long version = stored.version() + 1;
        Customer next = new Customer(id, name.strip(), phone, email, addresses, version, before.createdAt(), call.now());
        Records.put(c, call.seller(), ChangeKind.CUSTOMER, id, null, version,
                FieldMerge.applied(stored.fieldVersions(), version, changed), Docs.write(next), call.now());
        return ApiResponse.ok(next);
    }

    private static boolean has(JsonNode changes, String name) { return changes != null && changes.has(name); }

    private static String email(Fields f, JsonNode node, String path) {
        String email = f.text(node, path, "email", 254, false);
        if (email != null && !email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            f.problem(Fields.at(path, "email"), "is not an e-mail address");
            return null;
        }
        return email;
    }

    private static List<Address> addresses(Fields f, JsonNode node, String path) {
        List<Address> addresses = new ArrayList<>();
        List<JsonNode> items = f.array(node, path, "addresses", 0, MAX_ADDRESSES, false);
        for (int i = 0; i < items.size(); i++) {
            Address a = Addresses.read(f, items.get(i), Fields.item(path, "addresses", i));
            if (a != null) {
                addresses.add(a);
            }
        }
        return addresses;
    }
}
