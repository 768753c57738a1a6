package com.merchantdesk.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.Address;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.Problem;
import com.merchantdesk.platform.ProblemType;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sandbox.faults.FaultRules;
import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.Fields;
import com.merchantdesk.sandbox.store.Sellers;
import com.merchantdesk.sandbox.store.Skus;
import com.merchantdesk.store.Database;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's admin API for tests and demos (docs/sandbox.md): {@code POST /admin/actions} makes the
 * marketplace act now (a buyer orders, cancels, asks for a refund; the platform delists or reprices; a parcel
 * moves); {@code POST|GET|DELETE /admin/faults} sets, lists and clears fault rules. Only on a loopback server,
 * only from loopback, and only with the admin token; without an admin token the routes do not exist (404).
 */
public final class AdminHandler implements HttpHandler {

    private final String adminToken;
    private final boolean loopbackServer;
    private final FaultRules faults;
    private final Marketplace marketplace;
    private final Database db;

    public AdminHandler(String adminToken, boolean loopbackServer, FaultRules faults, Marketplace marketplace, Database db) {
        this.adminToken = adminToken;
        this.loopbackServer = loopbackServer;
        this.faults = faults;
        this.marketplace = marketplace;
        this.db = db;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        int status;
        Object body;
        try {
            check(exchange);
            String path = exchange.getRequestPath();
            String method = exchange.getRequestMethod().toString();
            if (path.equals("/admin/faults") && method.equals("GET")) {
                body = Map.of("rules", faults.states());
            } else if (path.equals("/admin/faults") && method.equals("DELETE")) {
                faults.clear();
                body = Map.of("rules", List.of());
            } else if (path.equals("/admin/faults") && method.equals("POST")) {
                body = Map.of("rules", addRules(read(exchange)));
            } else if (path.equals("/admin/actions") && method.equals("POST")) {
                body = Map.of("result", act(read(exchange)));
            } else {
                throw ApiFailure.of(ProblemType.NOT_FOUND, "No admin resource " + method + " " + path);
            }
            status = 200;
        } catch (ApiFailure failure) {
            status = failure.problem().status();
            body = failure.problem();
        } catch (IllegalArgumentException | IllegalStateException e) {
            status = 422;
            body = Problem.of(ProblemType.VALIDATION, e.getMessage());
        } catch (IOException e) {
            status = 400;
            body = Problem.of(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + e.getMessage());
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, status < 300 ? "application/json" : "application/problem+json");
        try {
            exchange.getResponseSender().send(ByteBuffer.wrap(PlatformJson.mapper().writeValueAsBytes(body)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(HttpServerExchange exchange) {
        if (adminToken == null) {
            throw ApiFailure.of(ProblemType.NOT_FOUND, "The admin API is off: start the sandbox with --admin-token");
        }
        boolean fromLoopback = exchange.getSourceAddress() != null && exchange.getSourceAddress().getAddress().isLoopbackAddress();
        if (!loopbackServer || !fromLoopback) {
            throw ApiFailure.of(ProblemType.NOT_OWNER, "The admin API answers on loopback only");
        }
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8))) {
            throw ApiFailure.of(ProblemType.UNAUTHORIZED, "The admin API needs the admin token as Authorization: Bearer <token>");
        }
    }

    private static JsonNode read(HttpServerExchange exchange) throws IOException {
        byte[] raw = exchange.getInputStream().readAllBytes();
        try {
            return PlatformJson.mapper().readTree(raw);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiFailure.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private List<FaultRule> addRules(JsonNode body) {
        Fields f = new Fields();
        JsonNode root = f.object(body, "");
        f.onlyKnown(root, "", Set.of("rules"));
        List<JsonNode> items = f.array(root, "", "rules", 1, 50, true);
        List<FaultRule> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Fields.item("", "rules", i);
            JsonNode r = f.object(items.get(i), at);
            f.onlyKnown(r, at, Set.of("method", "path", "seller", "nth", "times", "action", "status", "retry_after", "delay_ms",
                    "clock_shift_seconds", "probability", "seed"));
            FaultAction action = f.enumValue(r, at, "action", FaultAction.class, true);
            Long nth = f.integer(r, at, "nth", 1, 1_000_000, false);
            Long times = f.integer(r, at, "times", 1, 1_000_000, false);
            Long status = f.integer(r, at, "status", 500, 503, false);
            Long retryAfter = f.integer(r, at, "retry_after", 0, 3600, false);
            Long delay = f.integer(r, at, "delay_ms", 0, 600_000, false);
            Long shift = f.integer(r, at, "clock_shift_seconds", -365L * 86400, 365L * 86400, false);
            Long seed = f.integer(r, at, "seed", Long.MIN_VALUE, Long.MAX_VALUE, false);
            Double probability = null;
            if (r != null && r.has("probability")) {
                if (!r.get("probability").isNumber() || r.get("probability").doubleValue() <= 0 || r.get("probability").doubleValue() > 1) {
                    f.problem(at + ".probability", "must be a number above 0 and at most 1");
                } else {
                    probability = r.get("probability").doubleValue();
                }
            }
            String method = f.text(r, at, "method", 10, false);
            String path = f.text(r, at, "path", 200, false);
            String seller = f.text(r, at, "seller", 40, false);
            if (action != null) {
                rules.add(new FaultRule(null, method, path, seller, nth == null ? 1 : nth.intValue(), times == null ? 1 : times.intValue(),
                        action, status == null ? null : status.intValue(), retryAfter == null ? null : retryAfter.intValue(), delay,
                        shift, probability, seed));
            }
        }
        f.done();
        return rules.stream().map(faults::add).toList();
    }

    private Object act(JsonNode body) {
        Fields f = new Fields();
        JsonNode root = f.object(body, "");
        String action = f.text(root, "", "action", 40, true);
        String seller = f.text(root, "", "seller", 40, true);
        f.done();
        if (db.read(c -> Sellers.find(c, seller)).isEmpty()) {
            throw ApiFailure.invalid("seller", "names no seller account");
        }
        return switch (action) {
            case "place_order" -> {
                String buyer = f.text(root, "", "buyer_name", 120, true);
                List<Marketplace.Wanted> wanted = new ArrayList<>();
                List<JsonNode> lines = f.array(root, "", "lines", 1, 50, true);
                for (int i = 0; i < lines.size(); i++) {
                    String at = Fields.item("", "lines", i);
                    String skuId = f.text(lines.get(i), at, "sku_id", 64, false);
                    String code = f.text(lines.get(i), at, "sku_code", 64, false);
                    Long quantity = f.integer(lines.get(i), at, "quantity", 1, 1000, true);
                    if (skuId == null && code != null) {
                        skuId = db.read(c -> Skus.idOfCode(c, Sellers.find(c, seller).orElseThrow(), code)).orElse(null);
                        if (skuId == null) {
                            f.problem(at + ".sku_code", "is the code of no SKU of " + seller);
                        }
                    }
                    if (skuId != null && quantity != null) {
                        wanted.add(new Marketplace.Wanted(skuId, quantity));
                    }
                }
                Address shipTo = root.has("ship_to") ? PlatformJson.mapper().convertValue(root.get("ship_to"), Address.class)
                        : new Address(buyer, null, "1 Market Street", null, "Seoul", null, "04524", "KR");
                f.done();
                yield marketplace.placeOnlineOrder(seller, buyer, shipTo, wanted);
            }
            case "buyer_cancel" -> marketplace.buyerCancels(seller, required(f, root, "order_id"));
            case "open_after_sale" -> {
                String orderId = required(f, root, "order_id");
                AfterSaleKind kind = f.enumValue(root, "", "kind", AfterSaleKind.class, true);
                Money amount = f.money(root, "", "amount", null, 0, true);
                String reason = f.text(root, "", "reason", 500, false);
                List<RefundLine> lines = new ArrayList<>();
                root.path("lines").forEach(l -> lines.add(new RefundLine(l.path("line_id").asText(), l.path("quantity").asLong())));
                f.done();
                yield marketplace.openAfterSale(seller, orderId, kind, reason, lines, amount);
            }
            case "set_listing" -> {
                String productId = required(f, root, "product_id");
                ListingState listing = f.enumValue(root, "", "listing", ListingState.class, true);
                f.done();
                yield marketplace.setListing(seller, productId, listing);
            }
            case "set_price" -> {
                String skuId = required(f, root, "sku_id");
                Money price = f.money(root, "", "price", null, 0, true);
                f.done();
                yield marketplace.setPrice(seller, skuId, price);
            }
            case "advance_parcel" -> {
                String shipmentId = required(f, root, "shipment_id");
                TrackingStatus status = f.enumValue(root, "", "status", TrackingStatus.class, true);
                String place = f.text(root, "", "place", 120, false);
                f.done();
                yield marketplace.carrierReports(seller, shipmentId, status, place);
            }
            default -> throw ApiFailure.invalid("action", "must be one of place_order, buyer_cancel, open_after_sale,"
                    + " set_listing, set_price, advance_parcel (was \"" + action + "\")");
        };
    }

    private static String required(Fields f, JsonNode root, String name) {
        String value = f.text(root, "", name, 64, true);
        f.done();
        return value;
    }
}
