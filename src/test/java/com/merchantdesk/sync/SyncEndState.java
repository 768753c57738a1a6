package com.merchantdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.OrderCodes;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.store.Ids;
import com.merchantdesk.store.OutboxState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sync scenario ends with, on the platform and on each desk, read in two ways (issue 13, "Tests"):
 * <ul>
 * <li>{@link #assertBothSidesAgree()}: inside one run, by the records' own ids: every order exists exactly once on
 * both sides at the same version, and so does every product, SKU and customer; stock on both sides is the same and
 * equals the sum of the movements on each side (the desk's ledger; the platform's adjustments, orders and restocked
 * refunds); the outbox is drained or only visibly failed (failed or blocked, nothing left queued or sending).</li>
 * <li>{@link #assertSameAs(SyncEndState)}: against the same script run without its fault, by <em>stable keys</em>.
 * Ids made offline are random time-ordered UUIDs ({@code store.Ids}, one generator shared by the desk, the sandbox
 * and the child JVMs), so two runs never share them, and seeding that generator would need a test seam in the
 * store that every service uses. The keys are what a run's script decides instead: a desk order's number (the desk
 * code and year are part of the script), an online order's buyer, a SKU's code, a product by its SKUs' codes, a
 * customer by name and phone, a stock movement by SKU code, kind and delta. Where a key can hold several records
 * (two online orders of one buyer) its value is the sorted list of theirs, so a duplicate still shows.</li>
 * </ul>
 * Parcels are keyed by carrier and tracking number (the script picks the number), with their order's key, version,
 * delivery and the statuses of their tracking events; after-sale requests by their kind, order and reason, with their
 * version, state and whether a refund settled them; refunds by their order, with amount, units and restock.
 */
final class SyncEndState {

    private final PlatformForTests platform;
    private final List<Shop> desks;
    /** Side name ("platform", "desk 1", …) → stable key → what the side holds under it. */
    private final Map<String, SortedMap<String, String>> sides = new LinkedHashMap<>();

    private SyncEndState(PlatformForTests platform, List<Shop> desks) {
        this.platform = platform;
        this.desks = desks;
    }

    /** Reads the platform (with the test's own token, which no fault revokes) and every desk as they are now. */
    static SyncEndState capture(PlatformForTests platform, Shop... desks) throws Exception {
        SyncEndState state = new SyncEndState(platform, List.of(desks));
        state.sides.put("platform", platformSide(platform));
        for (int i = 0; i < desks.length; i++) {
            state.sides.put("desk " + (i + 1), deskSide(desks[i]));
        }
        return state;
    }

    // ---------------------------------------------------------------- inside one run

    /** The checks every scenario ends with inside its own run, by the records' ids. */
    SyncEndState assertBothSidesAgree() throws Exception {
        Map<String, Long> platformOrders = new TreeMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (JsonNode o : snapshot(platform, "order")) {
            platformOrders.put(o.path("id").asText(), o.path("version").asLong());
            numbers.merge(o.path("number").asText(), 1, Integer::sum);
        }
        assertThat(numbers).as("every order number once on the platform").allSatisfy((number, times) -> assertThat(times).isOne());
        Map<String, Long> platformStock = new TreeMap<>();
        for (JsonNode s : snapshot(platform, "stock")) {
            platformStock.put(s.path("sku_id").asText(), s.path("on_hand").asLong());
        }
        assertThat(platformStock).as("the platform's stock is the sum of its movements (adjustments, orders, restocked refunds)")
                .isEqualTo(platformLedger(platformStock.keySet()));
        for (int i = 0; i < desks.size(); i++) {
            Shop desk = desks.get(i);
            String name = "desk " + (i + 1) + ": ";
            Map<String, Long> deskOrders = new TreeMap<>();
            for (List<Object> row : rows(desk, "SELECT id, platform_version FROM orders")) {
                deskOrders.put(Ids.fromBytes((byte[]) row.get(0)), row.get(1) == null ? null : ((Number) row.get(1)).longValue());
            }
            assertThat(deskOrders).as(name + "every order exactly once on both sides, at the platform's version").isEqualTo(platformOrders);
            for (String kind : List.of("product", "sku", "customer")) {
                assertThat(versions(rows(desk, "SELECT id, platform_version FROM " + kind)))
                        .as(name + "every " + kind + " on both sides, at the platform's version").isEqualTo(platformVersions(kind));
            }
            for (List<Object> row : rows(desk, "SELECT s.id, s.code, coalesce(l.on_hand, 0),"
                    + " (SELECT coalesce(sum(m.delta), 0) FROM stock_movement m WHERE m.sku_id = s.id) FROM sku s"
                    + " LEFT JOIN stock_level l ON l.sku_id = s.id")) {
                String sku = name + "stock of " + row.get(1);
                long onHand = ((Number) row.get(2)).longValue();
                assertThat(onHand).as(sku + " is the sum of the desk's movements").isEqualTo(((Number) row.get(3)).longValue());
                assertThat(platformStock).as(sku + " on the platform").containsKey((String) row.get(0));
                assertThat(onHand).as(sku + ": the desk's and the platform's").isEqualTo(platformStock.get((String) row.get(0)));
            }
            assertThat(desk.strings("SELECT count(*) FROM outbox WHERE state IN (?, ?)", OutboxState.QUEUED.code(),
                    OutboxState.SENDING.code()).get(0)).as(name + "the outbox is drained or only visibly failed").isEqualTo("0");
            assertParcelsRequestsAndRefundsAgree(desk, name);
        }
        return this;
    }

    /**
     * Every parcel on both sides at the platform's version, with every tracking event the platform holds (the desk
     * keeps the platform's event ids; its own events have ids derived from the parcel, as pushed); every after-sale
     * request at the same version and state; and per order the same refunds (amount, units, restock).
     */
    private void assertParcelsRequestsAndRefundsAgree(Shop desk, String name) throws Exception {
        Map<String, Long> platformParcels = new TreeMap<>();
        Map<String, Long> platformEvents = new TreeMap<>();
        for (JsonNode s : snapshot(platform, "shipment")) {
            platformParcels.put(s.path("id").asText(), s.path("version").asLong());
            platformEvents.put(s.path("id").asText(), (long) s.path("events").size());
        }
        Map<String, Long> deskParcels = new TreeMap<>();
        Map<String, Long> deskEvents = new TreeMap<>();
        for (List<Object> r : rows(desk, "SELECT s.id, s.platform_version, (SELECT count(*) FROM tracking_event e"
                + " WHERE e.shipment_no = s.shipment_no) FROM shipment s")) {
            String id = Ids.fromBytes((byte[]) r.get(0));
            deskParcels.put(id, r.get(1) == null ? null : ((Number) r.get(1)).longValue());
            deskEvents.put(id, ((Number) r.get(2)).longValue());
        }
        assertThat(deskParcels).as(name + "every parcel on both sides, at the platform's version").isEqualTo(platformParcels);
        assertThat(deskEvents).as(name + "every parcel's tracking events on both sides, each once").isEqualTo(platformEvents);

        Map<String, String> platformRequests = new TreeMap<>();
        for (JsonNode a : snapshot(platform, "after_sale")) {
            platformRequests.put(a.path("id").asText(), "v" + a.path("version").asLong() + " " + a.path("state").asText().toUpperCase()
                    + (a.path("refund_id").isTextual() ? ", refunded" : ""));
        }
        Map<String, String> deskRequests = new TreeMap<>();
        for (List<Object> r : rows(desk, "SELECT id, version, state, refund_id IS NOT NULL FROM after_sale")) {
            deskRequests.put((String) r.get(0), "v" + r.get(1) + " " + REQUEST_STATES.get(((Number) r.get(2)).intValue())
                    + (isOne(r.get(3)) ? ", refunded" : ""));
        }
        assertThat(deskRequests).as(name + "every after-sale request on both sides, at the same version and state")
                .isEqualTo(platformRequests);

        Map<String, List<String>> platformRefunds = new TreeMap<>();
        for (JsonNode r : snapshot(platform, "refund")) {
            long units = 0;
            for (JsonNode line : r.path("lines")) {
                units += line.path("quantity").asLong();
            }
            platformRefunds.computeIfAbsent(r.path("order_id").asText(), o -> new ArrayList<>())
                    .add(refundText(r.path("amount").path("amount_minor").asLong(), units, r.path("restock").asBoolean()));
        }
        Map<String, List<String>> deskRefunds = new TreeMap<>();
        for (List<Object> r : rows(desk, "SELECT o.id, f.amount_minor, f.units, f.restocked FROM order_refund f"
                + " JOIN orders o ON o.order_no = f.order_no")) {
            deskRefunds.computeIfAbsent(Ids.fromBytes((byte[]) r.get(0)), o -> new ArrayList<>())
                    .add(refundText(((Number) r.get(1)).longValue(), units((String) r.get(2)), isOne(r.get(3))));
        }
        platformRefunds.values().forEach(Collections::sort);
        deskRefunds.values().forEach(Collections::sort);
        assertThat(deskRefunds).as(name + "every refund once on both sides, with the same money, units and restock")
                .isEqualTo(platformRefunds);
    }

    /** The desk's after-sale states by their stored code (orders.AfterSales keeps them in this order). */
    private static final List<String> REQUEST_STATES = List.of("OPEN", "ACCEPTED", "REJECTED");
    private static final List<String> REQUEST_KINDS = List.of("refund_only", "return_and_refund");

    private static String refundText(long amountMinor, long units, boolean restock) {
        return amountMinor + " for " + units + " units" + (restock ? ", restocked" : "");
    }

    /** A desk refund's units ("position:quantity,…") added up. */
    private static long units(String positions) {
        long units = 0;
        for (String part : positions == null ? new String[0] : positions.split(",")) {
            if (!part.isBlank()) {
                units += Long.parseLong(part.substring(part.indexOf(':') + 1).strip());
            }
        }
        return units;
    }

    /** Per SKU: its adjustments, less what orders not cancelled took, plus what restocked refunds brought back. */
    private Map<String, Long> platformLedger(java.util.Set<String> skus) throws Exception {
        Map<String, Long> sums = new TreeMap<>();
        skus.forEach(sku -> sums.put(sku, 0L));
        for (JsonNode a : snapshot(platform, "stock_adjustment")) {
            sums.merge(a.path("sku_id").asText(), a.path("delta").asLong(), Long::sum);
        }
        Map<String, String> skuOfLine = new HashMap<>();
        for (JsonNode o : snapshot(platform, "order")) {
            boolean cancelled = o.path("status").asText().equals("cancelled");
            for (JsonNode line : o.path("lines")) {
                skuOfLine.put(line.path("id").asText(), line.path("sku_id").asText());
                if (!cancelled && !line.path("sku_id").asText().isEmpty()) {
                    sums.merge(line.path("sku_id").asText(), -line.path("quantity").asLong(), Long::sum);
                }
            }
        }
        for (JsonNode r : snapshot(platform, "refund")) {
            if (r.path("restock").asBoolean()) {
                for (JsonNode line : r.path("lines")) {
                    sums.merge(skuOfLine.get(line.path("line_id").asText()), line.path("quantity").asLong(), Long::sum);
                }
            }
        }
        return sums;
    }

    private Map<String, Long> platformVersions(String kind) throws Exception {
        Map<String, Long> versions = new TreeMap<>();
        for (JsonNode record : snapshot(platform, kind)) {
            versions.put(record.path("id").asText(), record.path("version").asLong());
        }
        return versions;
    }

    private static Map<String, Long> versions(List<List<Object>> idAndVersion) {
        Map<String, Long> versions = new TreeMap<>();
        idAndVersion.forEach(r -> versions.put((String) r.get(0), r.get(1) == null ? null : ((Number) r.get(1)).longValue()));
        return versions;
    }

    // ---------------------------------------------------------------- against the fault-free run

    /** Both sides hold what they hold after the same script ran without its fault; the message lists every difference. */
    void assertSameAs(SyncEndState faultFree) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> sideNames = new TreeSet<>(sides.keySet());
        sideNames.addAll(faultFree.sides.keySet());
        for (String side : sideNames) {
            SortedMap<String, String> mine = sides.getOrDefault(side, Collections.emptySortedMap());
            SortedMap<String, String> theirs = faultFree.sides.getOrDefault(side, Collections.emptySortedMap());
            TreeSet<String> keys = new TreeSet<>(mine.keySet());
            keys.addAll(theirs.keySet());
            for (String key : keys) {
                String got = mine.get(key);
                String expected = theirs.get(key);
                if (!java.util.Objects.equals(got, expected)) {
                    differences.add(side + " · " + key + ": with the fault " + shown(got) + ", fault-free " + shown(expected));
                }
            }
        }
        assertThat(differences).as("the end state differs from the fault-free run's (%d keys on %s):%n  %s",
                differences.size(), sideNames, String.join(System.lineSeparator() + "  ", differences)).isEmpty();
    }

    /**
     * This end state with one more record under {@code key} on {@code side} (which must not hold the key yet): for a
     * comparison with an expected state built independently, e.g. a run that left a change out, plus what that
     * change alone must leave behind.
     */
    SyncEndState plus(String side, String key, String value) {
        SyncEndState more = new SyncEndState(platform, desks);
        sides.forEach((name, keys) -> more.sides.put(name, new TreeMap<>(keys)));
        SortedMap<String, String> keys = more.sides.get(side);
        assertThat(keys).as("the side " + side).isNotNull();
        assertThat(keys).as("an expected record added under a key the run already has").doesNotContainKey(key);
        keys.put(key, value);
        return more;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        sides.forEach((side, keys) -> keys.forEach((key, value) -> text.append(side).append(" · ").append(key).append(": ")
                .append(value).append(System.lineSeparator())));
        return text.toString();
    }

    private static String shown(String value) { return value == null ? "(nothing)" : "[" + value + "]"; }

    // ---------------------------------------------------------------- reading the sides

    private static SortedMap<String, String> platformSide(PlatformForTests platform) throws Exception {
        Keyed side = new Keyed();
        Map<String, String> codes = new HashMap<>();
        Map<String, TreeSet<String>> codesOfProduct = new HashMap<>();
        for (JsonNode sku : snapshot(platform, "sku")) {
            codes.put(sku.path("id").asText(), sku.path("code").asText());
            codesOfProduct.computeIfAbsent(sku.path("product_id").asText(), p -> new TreeSet<>()).add(sku.path("code").asText());
            side.add("sku " + sku.path("code").asText(), "v" + sku.path("version").asLong() + " " + sku.path("price").path("amount_minor").asLong());
        }
        for (JsonNode p : snapshot(platform, "product")) {
            side.add("product " + codesOfProduct.getOrDefault(p.path("id").asText(), new TreeSet<>()),
                    "v" + p.path("version").asLong() + " " + p.path("title").asText() + " " + p.path("listing").asText());
        }
        for (JsonNode s : snapshot(platform, "stock")) {
            side.add("stock " + s.path("sku_code").asText(), s.path("on_hand").asLong() + " v" + s.path("version").asLong()
                    + (s.path("oversold").asBoolean() ? " oversold" : ""));
        }
        for (JsonNode a : snapshot(platform, "stock_adjustment")) {
            // An adjustment never changes once made: it has no version, so each counts once under its key.
            side.add("adjustment " + codes.get(a.path("sku_id").asText()) + " " + a.path("reason").asText() + " " + a.path("delta").asLong(), "1");
        }
        for (JsonNode o : snapshot(platform, "order")) {
            long units = 0;
            for (JsonNode line : o.path("lines")) {
                units += line.path("quantity").asLong();
            }
            side.add(orderKey(o.path("channel").asText().equalsIgnoreCase("platform"), o.path("number").asText(),
                    o.path("customer_name").asText()), "v" + o.path("version").asLong() + " " + o.path("status").asText()
                    + ", payment " + o.path("payment_state").asText() + ", " + units + " units, total " + o.path("total").path("amount_minor").asLong()
                    + ", " + o.path("history").size() + " steps" + (o.path("oversold").asBoolean() ? ", oversold" : ""));
        }
        for (JsonNode c : snapshot(platform, "customer")) {
            side.add("customer " + c.path("name").asText() + " / " + c.path("phone").asText(), "v" + c.path("version").asLong());
        }
        Map<String, String> orderKeys = new HashMap<>();
        for (JsonNode o : snapshot(platform, "order")) {
            orderKeys.put(o.path("id").asText(), orderKey(o.path("channel").asText().equalsIgnoreCase("platform"),
                    o.path("number").asText(), o.path("customer_name").asText()));
        }
        for (JsonNode s : snapshot(platform, "shipment")) {
            long units = 0;
            for (JsonNode line : s.path("lines")) {
                units += line.path("quantity").asLong();
            }
            List<String> events = new ArrayList<>();
            s.path("events").forEach(e -> events.add(e.path("status").asText()));
            side.add("parcel " + s.path("carrier").asText() + " " + s.path("tracking_number").asText(), "v" + s.path("version").asLong()
                    + " of " + orderKeys.get(s.path("order_id").asText()) + ", " + units + " units"
                    + (s.path("delivered_at").isTextual() ? ", delivered" : "") + ", events " + events);
        }
        for (JsonNode a : snapshot(platform, "after_sale")) {
            side.add("after-sale " + a.path("kind").asText() + " on " + orderKeys.get(a.path("order_id").asText()) + " ("
                    + a.path("reason").asText() + ")", "v" + a.path("version").asLong() + " " + a.path("state").asText().toUpperCase()
                    + (a.path("refund_id").isTextual() ? ", refunded" : ""));
        }
        for (JsonNode r : snapshot(platform, "refund")) {
            long units = 0;
            for (JsonNode line : r.path("lines")) {
                units += line.path("quantity").asLong();
            }
            side.add("refund of " + orderKeys.get(r.path("order_id").asText()), refundText(r.path("amount").path("amount_minor").asLong(),
                    units, r.path("restock").asBoolean()) + (r.path("after_sale_id").isTextual() ? ", answering a request" : ""));
        }
        side.add("desks", Integer.toString(snapshot(platform, "desk").size()));
        return side.values();
    }

    private static SortedMap<String, String> deskSide(Shop desk) {
        Keyed side = new Keyed();
        for (List<Object> r : rows(desk, "SELECT s.code, s.platform_version, s.price_minor, coalesce(l.on_hand, 0),"
                + " p.on_hand, p.version, p.oversold FROM sku s LEFT JOIN stock_level l ON l.sku_id = s.id"
                + " LEFT JOIN platform_stock p ON p.sku_id = s.id")) {
            side.add("sku " + r.get(0), "v" + r.get(1) + " " + r.get(2));
            side.add("stock " + r.get(0), r.get(3) + " (the platform's as pulled: " + r.get(4) + " v" + r.get(5)
                    + (isOne(r.get(6)) ? " oversold" : "") + ")");
        }
        for (List<Object> r : rows(desk, "SELECT (SELECT group_concat(code, ', ') FROM (SELECT code FROM sku WHERE product_id = p.id"
                + " ORDER BY code)), p.platform_version, p.title, p.listing, p.awaiting_pull FROM product p")) {
            side.add("product [" + (r.get(0) == null ? "" : r.get(0)) + "]", "v" + r.get(1) + " " + r.get(2) + " " + r.get(3)
                    + (isOne(r.get(4)) ? " awaiting pull" : ""));
        }
        for (List<Object> r : rows(desk, "SELECT s.code, m.kind, m.delta FROM stock_movement m JOIN sku s ON s.id = m.sku_id")) {
            side.add("movement " + r.get(0) + " " + r.get(1) + " " + r.get(2), "1");
        }
        for (List<Object> r : rows(desk, "SELECT channel, number, customer_name, platform_version, status, oversold, payment_state,"
                + " item_count, total_minor, (SELECT count(*) FROM order_status_history h WHERE h.order_no = o.order_no),"
                + " (SELECT count(*) FROM order_line l WHERE l.order_no = o.order_no), line_count FROM orders o")) {
            side.add(orderKey(((Number) r.get(0)).intValue() == OrderCodes.of(Channel.PLATFORM), (String) r.get(1), (String) r.get(2)),
                    "v" + r.get(3) + " " + status(((Number) r.get(4)).intValue()) + ", payment " + r.get(6) + ", " + r.get(7)
                    + " units, total " + r.get(8) + ", " + r.get(9) + " steps, lines " + r.get(10) + " of " + r.get(11)
                    + (isOne(r.get(5)) ? ", oversold" : ""));
        }
        for (List<Object> r : rows(desk, "SELECT name, phone, platform_version FROM customer")) {
            side.add("customer " + r.get(0) + " / " + r.get(1), "v" + r.get(2));
        }
        Map<String, String> orderKeys = new HashMap<>();
        for (List<Object> r : rows(desk, "SELECT id, channel, number, customer_name FROM orders")) {
            orderKeys.put(Ids.fromBytes((byte[]) r.get(0)), orderKey(((Number) r.get(1)).intValue() == OrderCodes.of(Channel.PLATFORM),
                    (String) r.get(2), (String) r.get(3)));
        }
        for (List<Object> r : rows(desk, "SELECT c.code, s.tracking, s.platform_version, o.id, s.status, s.delivered_at IS NOT NULL,"
                + " (SELECT group_concat(status, ', ') FROM (SELECT e.status FROM tracking_event e WHERE e.shipment_no = s.shipment_no"
                + " ORDER BY e.seq)), s.lines FROM shipment s JOIN carrier c ON c.carrier_no = s.carrier_no"
                + " JOIN orders o ON o.order_no = s.order_no")) {
            side.add("parcel " + r.get(0) + " " + r.get(1), "v" + r.get(2) + " of " + orderKeys.get(Ids.fromBytes((byte[]) r.get(3)))
                    + ", status " + r.get(4) + (isOne(r.get(5)) ? ", delivered" : "") + ", events [" + r.get(6) + "], lines " + r.get(7));
        }
        for (List<Object> r : rows(desk, "SELECT kind, order_id, reason, version, state, refund_id IS NOT NULL, amount_minor FROM after_sale")) {
            side.add("after-sale " + REQUEST_KINDS.get(((Number) r.get(0)).intValue()) + " on "
                    + orderKeys.getOrDefault(((String) r.get(1)).toLowerCase(java.util.Locale.ROOT), "an order not here " + r.get(1))
                    + " (" + r.get(2) + ")", "v" + r.get(3) + " " + REQUEST_STATES.get(((Number) r.get(4)).intValue())
                    + (isOne(r.get(5)) ? ", refunded" : "") + ", asking " + r.get(6));
        }
        for (List<Object> r : rows(desk, "SELECT o.id, f.amount_minor, f.units, f.restocked, f.refund_id IS NULL FROM order_refund f"
                + " JOIN orders o ON o.order_no = f.order_no")) {
            side.add("refund of " + orderKeys.get(Ids.fromBytes((byte[]) r.get(0))), refundText(((Number) r.get(1)).longValue(),
                    units((String) r.get(2)), isOne(r.get(3))) + (isOne(r.get(4)) ? ", made here" : ", pulled"));
        }
        // Only what is still open: acknowledged rows are the desk's sending history (pruned after a retention; a
        // restored backup lacks those sent after it, though their records came back by the pull).
        for (List<Object> r : rows(desk, "SELECT entity_type, operation, state FROM outbox WHERE state <> ?", OutboxState.ACKNOWLEDGED.code())) {
            side.add("outbox " + r.get(0) + " " + r.get(1) + " " + OutboxState.of(((Number) r.get(2)).intValue()), "1");
        }
        for (List<Object> r : rows(desk, "SELECT entity_type, field, desk_value, platform_value FROM sync_conflict")) {
            side.add("conflict " + r.get(0) + " " + r.get(1), "desk " + r.get(2) + ", platform " + r.get(3));
        }
        for (List<Object> r : rows(desk, "SELECT desk_code FROM sync_identity")) {
            side.add("desk code", String.valueOf(r.get(0)));
        }
        for (List<Object> r : rows(desk, "SELECT kind FROM sync_waiting")) {
            side.add("waiting to be applied " + r.get(0), "1");
        }
        return side.values();
    }

    /** An order's status from its stored code (V3 keeps codes). */
    private static OrderStatus status(int code) {
        return Arrays.stream(OrderStatus.values()).filter(s -> OrderCodes.of(s) == code).findFirst().orElseThrow();
    }

    private static boolean isOne(Object flag) { return flag instanceof Number n && n.longValue() == 1; }

    /** A desk's order by its number; an online order by its buyer (its number is random). */
    private static String orderKey(boolean online, String number, String buyer) {
        return online ? "order online, bought by " + buyer : "order " + number;
    }

    /** Every record of {@code kind} the platform holds now, page by page. */
    static List<JsonNode> snapshot(PlatformForTests platform, String kind) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = platform.get("/v1/snapshot?kind=" + kind + "&limit=5000" + (token == null ? "" : "&page_token=" + token));
            page.path("items").forEach(items::add);
            token = page.path("has_more").asBoolean() ? page.path("next_page_token").asText() : null;
        } while (token != null);
        return items;
    }

    private static List<List<Object>> rows(Shop desk, String sql, Object... args) {
        return desk.app.database().read(c -> {
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }

    /** Values under stable keys; a key that several records share keeps all their values, sorted and counted. */
    private static final class Keyed {
        private final Map<String, List<String>> byKey = new TreeMap<>();

        void add(String key, String value) { byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value); }

        SortedMap<String, String> values() {
            SortedMap<String, String> values = new TreeMap<>();
            byKey.forEach((key, list) -> {
                Collections.sort(list);
                values.put(key, summary(list));
            });
            return values;
        }

        /** Equal values counted ("3× v1"), so a key with a thousand records stays readable in a failure message. */
        private static String summary(List<String> sorted) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            sorted.forEach(v -> counts.merge(v, 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((v, n) -> parts.add(n == 1 ? v : n + "× " + v));
            return String.join(", ", parts);
        }
    }
}
