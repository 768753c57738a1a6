package com.merchantdesk.sync.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockLedger;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.SnapshotPage;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.client.PlatformClient;
import com.merchantdesk.sync.client.PlatformResponse;
import com.merchantdesk.sync.client.PlatformUnreachable;
import com.merchantdesk.sync.pull.SyncPosition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first connection of a shop that already keeps a catalogue on the desk while the platform already lists the
 * same goods (issue 13): each local product whose SKU codes match the platform's is linked to the platform's
 * product, taking the platform's ids, so nothing is created twice on either side. Field differences then show as
 * conflicts when the snapshot is applied (no agreed version yet), for the seller to settle per field. Where the
 * counts differ, the desk's count is set aside (a movement not sent) so the desk counts what the platform counts,
 * and the difference is kept for the seller to say which count is right ({@link StockDifferences}).
 */
public final class CatalogueLinker {

    /** What linking did: products and SKUs linked, differing counts kept, and products left alone (why). */
    public record Linked(int products, int skus, int stockDifferences, List<String> notLinked) {}

    /** The platform could not be read; nothing was changed. */
    public static final class Unreadable extends Exception {
        public final PlatformResponse answer;

        Unreadable(String message, PlatformResponse answer) {
            super(message);
            this.answer = answer;
        }
    }

    private record PlatformSku(String id, String productId, String code) {}

    private record StockLevel(long onHand, long version) {}

    private final Database db;
    private final PlatformClient client;
    private final Clock clock;

    public CatalogueLinker(Database db, PlatformClient client, Clock clock) {
        this.db = db;
        this.client = client;
        this.clock = clock;
    }

    /** Linking is for the first connection of a desk with SKUs the platform has not acknowledged. */
    public static boolean needed(Connection c) throws SQLException {
        if (!SyncPosition.read(c).neverPulled()) {
            return false;
        }
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sku WHERE platform_version IS NULL LIMIT 1")) {
            return rs.next();
        }
    }

    public Linked link() throws Unreadable {
        Map<String, PlatformSku> byCode = new HashMap<>();
        for (JsonNode sku : readAll(ChangeKind.SKU)) {
            byCode.put(sku.path("code").asText().toLowerCase(Locale.ROOT),
                    new PlatformSku(sku.path("id").asText(), sku.path("product_id").asText(), sku.path("code").asText()));
        }
        if (byCode.isEmpty()) {
            return new Linked(0, 0, 0, List.of());
        }
        Map<String, StockLevel> stock = new HashMap<>();
        for (JsonNode level : readAll(ChangeKind.STOCK)) {
            stock.put(level.path("sku_id").asText(), new StockLevel(level.path("on_hand").asLong(), level.path("version").asLong()));
        }
        return db.write(c -> linkAll(c, byCode, stock));
    }

    private Linked linkAll(Connection c, Map<String, PlatformSku> byCode, Map<String, StockLevel> stock) throws SQLException {
        // Local products never acknowledged, with their SKUs.
        Map<String, List<String[]>> local = new LinkedHashMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT p.id, s.id, s.code, p.title FROM product p "
                + "JOIN sku s ON s.product_id = p.id WHERE p.platform_version IS NULL ORDER BY p.id, s.position")) {
            while (rs.next()) {
                local.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        try (var st = c.createStatement()) {
            // Ids change in place below; the references follow within this transaction.
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
        int products = 0;
        int skus = 0;
        int differences = 0;
        List<String> notLinked = new ArrayList<>();
        StockLedger ledger = new StockLedger();
        for (Map.Entry<String, List<String[]>> product : local.entrySet()) {
            String platformProduct = null;
            boolean clash = false;
            List<String[]> matched = new ArrayList<>();
            for (String[] sku : product.getValue()) {
                PlatformSku match = byCode.get(sku[1].toLowerCase(Locale.ROOT));
                if (match == null) {
                    continue;
                }
                if (platformProduct != null && !platformProduct.equals(match.productId())) {
                    clash = true;
                }
                platformProduct = match.productId();
                matched.add(new String[] {sku[0], match.id()});
            }
            if (platformProduct == null) {
                continue;
            }
            String title = product.getValue().get(0)[2];
            if (clash) {
                notLinked.add(title + ": its SKU codes match SKUs of more than one platform product");
                continue;
            }
            if (exists(c, "SELECT 1 FROM product WHERE id = ?", platformProduct)) {
                notLinked.add(title + ": the platform's product is already on this desk");
                continue;
            }
            rekey(c, "product", product.getKey(), platformProduct);
            products++;
            for (String[] pair : matched) {
                String localSku = pair[0];
                String platformSku = pair[1];
                rekey(c, "sku", localSku, platformSku);
                skus++;
                long deskOnHand = ledger.onHand(c, platformSku);
                long setAside = notTiedToOrders(c, platformSku);
                StockLevel level = stock.getOrDefault(platformSku, new StockLevel(0, 0));
                if (setAside != 0) {
                    // From now on the desk counts the platform's movements as they are pulled, plus its own orders.
                    ledger.record(c, platformSku, MovementKind.SYNCED, -setAside, "linked to the platform",
                            "set aside: " + setAside + " received, counted or adjusted on this desk before linking", "",
                            clock.instant());
                }
                if (deskOnHand != level.onHand()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_stock_difference(sku_id, desk_on_hand, "
                            + "platform_on_hand, set_aside, found_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sku_id) DO UPDATE "
                            + "SET desk_on_hand = excluded.desk_on_hand, platform_on_hand = excluded.platform_on_hand, "
                            + "set_aside = excluded.set_aside")) {
                        ps.setString(1, platformSku);
                        ps.setLong(2, deskOnHand);
                        ps.setLong(3, level.onHand());
                        ps.setLong(4, setAside);
                        ps.setLong(5, clock.millis());
                        ps.executeUpdate();
                    }
                    differences++;
                }
            }
        }
        return new Linked(products, skus, differences, notLinked);
    }

    /**
     * Gives a local record the platform's id: the record, what refers to it, and the open outbox rows. Its own
     * queued create is closed (the platform has the record); a linked SKU's queued stock adjustments are closed too
     * (the desk's count before linking is settled as a stock difference, never added to the platform's).
     */
    private static void rekey(Connection c, String entity, String from, String to) throws SQLException {
        if (entity.equals("product")) {
            update(c, "UPDATE product SET id = ? WHERE id = ?", to, from);
            update(c, "UPDATE sku SET product_id = ? WHERE product_id = ?", to, from);
            update(c, "UPDATE product_image SET product_id = ? WHERE product_id = ?", to, from);
            update(c, "UPDATE product_image_fetch SET product_id = ? WHERE product_id = ?", to, from);
        } else {
            update(c, "UPDATE sku SET id = ? WHERE id = ?", to, from);
            update(c, "UPDATE stock_level SET sku_id = ? WHERE sku_id = ?", to, from);
            update(c, "UPDATE stock_movement SET sku_id = ? WHERE sku_id = ?", to, from);
        }
        update(c, "UPDATE outbox SET entity_id = CASE WHEN entity_id = ?2 THEN ?1 ELSE entity_id END, "
                + "payload = replace(payload, ?2, ?1) WHERE state <> 2 AND instr(payload, ?2) + (entity_id = ?2) > 0", to, from);
        List<Long> closing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM outbox WHERE state IN (0, 3, 4) AND ("
                + "(entity_type = ? AND entity_id = ? AND operation = 'create') "
                + "OR (? = 'sku' AND entity_type = 'stock_adjustment' AND json_extract(payload, '$.sku_id') = ?)) ORDER BY seq")) {
            ps.setString(1, entity);
            ps.setString(2, to);
            ps.setString(3, entity);
            ps.setString(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    closing.add(rs.getLong(1));
                }
            }
        }
        for (long seq : closing) {
            Outbox.close(c, seq);
        }
    }

    /** The SKU's movements not tied to an order: what the desk counted on its own before linking. */
    private static long notTiedToOrders(Connection c, String skuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(delta), 0) FROM stock_movement "
                + "WHERE sku_id = ? AND kind NOT IN ('SOLD', 'RETURNED')")) {
            ps.setString(1, skuId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void update(Connection c, String sql, String to, String from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, to);
            ps.setString(2, from);
            ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<JsonNode> readAll(ChangeKind kind) throws Unreadable {
        List<JsonNode> all = new ArrayList<>();
        String token = null;
        while (true) {
            String query = "/v1/snapshot?kind=" + kind.wire() + "&limit=5000"
                    + (token == null ? "" : "&page_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            PlatformResponse response;
            try {
                response = client.get(query);
            } catch (PlatformUnreachable e) {
                throw new Unreadable(e.getMessage(), null);
            }
            if (response.kind() != PlatformResponse.Kind.OK) {
                throw new Unreadable(response.describe(), response);
            }
            SnapshotPage page = response.as(SnapshotPage.class);
            all.addAll(page.items());
            if (!page.hasMore() || page.nextPageToken() == null) {
                return all;
            }
            token = page.nextPageToken();
        }
    }
}
