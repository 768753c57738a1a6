package com.merchantdesk.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sandbox.store.Desks;
import com.merchantdesk.sandbox.store.Docs;
import com.merchantdesk.sandbox.store.Orders;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.sandbox.store.StoredRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The current wire form of any record the feed names, whichever table keeps it. */
final class RecordDocs {

    private RecordDocs() {}

    static Optional<JsonNode> find(Connection c, Seller seller, ChangeKind kind, String id) throws SQLException {
        return switch (kind) {
            case ORDER -> Orders.findDoc(c, seller, id).map(Docs::tree);
            case SKU -> Skus.find(c, seller, id).map(row -> Docs.tree(row.record().doc()));
            case STOCK -> Skus.find(c, seller, id).map(row -> PlatformJson.mapper().valueToTree(row.stock()));
            case DESK -> Desks.find(c, seller, id).map(desk -> PlatformJson.mapper().valueToTree(desk));
            default -> Records.find(c, seller, kind, id).map(StoredRecord::doc).map(Docs::tree);
        };
    }
}
