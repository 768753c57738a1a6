package com.merchantdesk.shipping.demo;

import com.merchantdesk.AppContext;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.SqliteOrderService;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.DeadlineRules;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.SqliteShippingService;
import com.merchantdesk.shipping.TrackingEventDraft;
import com.merchantdesk.shipping.TrackingStatus;
import com.merchantdesk.shipping.Zone;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The demo shop's orders and parcels, made through the order and shipping services as a seller would have made
 * them (each at its own time in the past): orders to ship in every state of the cockpit (late, at risk, with time
 * left, partly shipped; domestic and abroad), parcels on their way (one past its promise), and delivered ones,
 * on time and late. Payment times are found from the deadline rules, so the mix is the same whatever the day.
 */
public final class DemoShipping {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final AppContext app;
    private final Random random = new Random(15);
    private long serial = 1_000;

    public DemoShipping(AppContext app) { this.app = app; }

    /** What the demo is made of: the ship-by an open order should have, or how an order ships and arrives. */
    private record Plan(String name, String country, Duration shipByFromNow, Duration shippedAgo, Duration deliveredAgo,
                        boolean partly, String carrier) {

        static Plan open(String name, String country, Duration shipByFromNow) {
            return new Plan(name, country, shipByFromNow, null, null, false, null);
        }

        static Plan partly(String name, Duration shipByFromNow) {
            return new Plan(name, "", shipByFromNow, null, null, true, "HANA");
        }

        static Plan shipped(String name, String country, String carrier, Duration shippedAgo, Duration deliveredAgo) {
            return new Plan(name, country, null, shippedAgo, deliveredAgo, false, carrier);
        }
    }

    /**
     * Fills the demo orders and parcels when the shop has a catalogue and no parcels yet (the demo's year of orders
     * may be there already: these are the open and travelling ones beside it); returns how many parcels.
     */
    public int fillIfEmpty() {
        List<String> skus = app.database().read(c -> {
            List<String> ids = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT s.id FROM sku s JOIN product p "
                    + "ON p.id = s.product_id WHERE p.status = 'ACTIVE' ORDER BY s.sku_no LIMIT 80")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        long parcels = app.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM shipment")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (skus.isEmpty() || parcels > 0) {
            return 0;
        }
        return fill(skus);
    }

    private int fill(List<String> skus) {
        Instant now = app.clock().instant();
        ShippingPolicy policy = app.shipping().policy();
        String home = policy.shopCountry();
        List<Plan> plans = List.of(
                Plan.open("Kim Minji", home, Duration.ofHours(-5)),
                Plan.open("Lee Seojun", home, Duration.ofHours(-2)),
                Plan.open("Park Jiwoo", home, Duration.ofMinutes(-30)),
                Plan.open("Emily Carter", "US", Duration.ofHours(-3)),
                Plan.open("Choi Yuna", home, Duration.ofMinutes(25)),
                Plan.open("Jung Hoon", home, Duration.ofMinutes(50)),
                Plan.open("Kang Minho", home, Duration.ofMinutes(100)),
                Plan.open("Tanaka Yui", "JP", Duration.ofMinutes(80)),
                Plan.open("Yoon Seoyeon", home, Duration.ofHours(4)),
                Plan.open("Han Jisoo", home, Duration.ofHours(7)),
                Plan.open("Wang Fang", "CN", Duration.ofHours(15)),
                Plan.open("Oh Taeyang", home, Duration.ofHours(10)),
                Plan.open("Liam Smith", "GB", Duration.ofHours(22)),
                Plan.partly("Shin Haerin", Duration.ofHours(3)),
                Plan.shipped("Baek Hyun", home, "HANA", Duration.ofHours(5), null),
                Plan.shipped("Seo Jiho", home, "SWIFT", Duration.ofHours(9), null),
                Plan.shipped("Kwon Nari", home, "POST", Duration.ofHours(20), null),
                Plan.shipped("Ahn Sora", home, "HANA", Duration.ofHours(52), null),
                Plan.shipped("Sato Ren", "JP", "EMS", Duration.ofHours(30), null),
                Plan.shipped("Chen Wei", "CN", "GLX", Duration.ofHours(18), null),
                Plan.shipped("Jang Eunbi", home, "HANA", Duration.ofHours(40), Duration.ofHours(22)),
                Plan.shipped("Lim Dohyun", home, "SWIFT", Duration.ofHours(60), Duration.ofHours(48)),
                Plan.shipped("Song Ara", home, "CITY", Duration.ofHours(30), Duration.ofHours(26)),
                Plan.shipped("Moon Chaeyoung", home, "HANA", Duration.ofHours(80), Duration.ofHours(30)),
                Plan.shipped("Hwang Jun", home, "POST", Duration.ofHours(100), Duration.ofHours(80)),
                Plan.shipped("Olivia Brown", "US", "GLX", Duration.ofHours(120), Duration.ofHours(70)),
                Plan.shipped("Suzuki Haruto", "JP", "EMS", Duration.ofHours(150), Duration.ofHours(90)));
        List<Planned> planned = new ArrayList<>();
        for (Plan plan : plans) {
            planned.add(new Planned(plan, paidAt(plan, policy, now)));
        }
        // Orders in the order they were paid, so their numbers follow time as real ones do.
        planned.sort(Comparator.comparing(Planned::paidAt));
        Currency currency = app.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT currency FROM sku LIMIT 1")) {
                rs.next();
                return Currency.getInstance(rs.getString(1));
            }
        });
        int parcels = 0;
        for (Planned p : planned) {
            Order order = new SqliteOrderService(app.database(), Clock.fixed(p.paidAt(), ZoneOffset.UTC))
                    .create(draft(p.plan(), skus, currency), "demo");
            parcels += ship(p.plan(), order, p.paidAt(), now);
        }
        return parcels;
    }

    private record Planned(Plan plan, Instant paidAt) {}

    /** When the order was paid: so that its ship-by falls where the plan wants it, or some hours before it shipped. */
    private Instant paidAt(Plan plan, ShippingPolicy policy, Instant now) {
        if (plan.shippedAgo() != null) {
            return now.minus(plan.shippedAgo()).minus(Duration.ofMinutes(40 + random.nextInt(200)));
        }
        Zone zone = Zone.of(plan.country(), policy.shopCountry());
        var ref = policy.defaultService(zone);
        Carrier carrier = app.shipping().carriers().stream().filter(c -> c.code().equalsIgnoreCase(ref.carrierCode()))
                .findFirst().orElseThrow();
        CarrierService service = carrier.definition().service(ref.serviceCode()).orElseThrow();
        Instant paid = new DeadlineRules(policy).latestPaymentDueBefore(now.plus(plan.shipByFromNow()), carrier, service);
        // A ship-by far ahead may need a payment still to come (a weekend, a cut-off): then it was paid a minute ago.
        return paid.isAfter(now.minus(MINUTE)) ? now.minus(MINUTE) : paid;
    }

    private OrderDraft draft(Plan plan, List<String> skus, Currency currency) {
        int lines = plan.partly() ? 2 : 1 + random.nextInt(3);
        List<OrderDraft.LineDraft> drafts = new ArrayList<>();
        List<String> picked = new ArrayList<>();
        while (picked.size() < lines) {
            String sku = skus.get(random.nextInt(skus.size()));
            if (!picked.contains(sku)) {
                picked.add(sku);
                drafts.add(new OrderDraft.LineDraft(sku, Integer.toString(1 + random.nextInt(plan.partly() ? 3 : 2) + (plan.partly() ? 1 : 0)), "", ""));
            }
        }
        String phone = String.format("010-%04d-%04d", 1000 + random.nextInt(9000), 1000 + random.nextInt(9000));
        Address address = switch (plan.country()) {
            case "US" -> new Address(plan.name(), phone, "350 Fifth Avenue", "", "New York", "NY", "10118", "US");
            case "JP" -> new Address(plan.name(), phone, "1-1-2 Oshiage", "", "Tokyo", "", "131-0045", "JP");
            case "CN" -> new Address(plan.name(), phone, "100 Century Avenue", "", "Shanghai", "", "200120", "CN");
            case "GB" -> new Address(plan.name(), phone, "221B Baker Street", "", "London", "", "NW1 6XE", "GB");
            default -> new Address(plan.name(), phone, (10 + random.nextInt(300)) + " Teheran-ro", "", "Seoul", "", "06234",
                    plan.country());
        };
        return new OrderDraft(currency, Channel.PHONE, null, CustomerInput.named(plan.name(), phone), address, drafts, "", "", "",
                PaymentMethod.CARD, true, "", MemoFlag.NONE, true);
    }

    private int ship(Plan plan, Order order, Instant paidAt, Instant now) {
        if (plan.partly()) {
            ShippingService at = shippingAt(paidAt.plus(Duration.ofMinutes(30)));
            at.create(new ShipmentDraft(order.id(), plan.carrier(), "", number(plan.carrier()),
                    List.of(new ShipmentDraft.LineRequest(0, order.lines().get(0).quantity())), 600L, null), "demo");
            return 1;
        }
        if (plan.shippedAgo() == null) {
            return 0;
        }
        Instant shippedAt = now.minus(plan.shippedAgo());
        Shipment s = shippingAt(shippedAt).create(new ShipmentDraft(order.id(), plan.carrier(), "", number(plan.carrier()),
                List.of(), 300L + random.nextInt(20) * 100L, null), "demo");
        ShippingService later = shippingAt(now);
        Instant end = plan.deliveredAgo() == null ? now : now.minus(plan.deliveredAgo());
        Instant moving = shippedAt.plus(Duration.between(shippedAt, end).dividedBy(3));
        later.addEvent(s.id(), new TrackingEventDraft(TrackingStatus.IN_TRANSIT, offset(moving), "Sorting centre", ""), "demo");
        if (plan.deliveredAgo() != null) {
            Instant out = shippedAt.plus(Duration.between(shippedAt, end).multipliedBy(5).dividedBy(6));
            later.addEvent(s.id(), new TrackingEventDraft(TrackingStatus.OUT_FOR_DELIVERY, offset(out), "Local depot", ""), "demo");
            later.addEvent(s.id(), new TrackingEventDraft(TrackingStatus.DELIVERED, offset(end), "Front door",
                    "Signed by " + plan.name()), "demo");
        }
        return 1;
    }

    private ShippingService shippingAt(Instant at) {
        return new SqliteShippingService(app.database(), Clock.fixed(at, ZoneOffset.UTC));
    }

    private String number(String carrier) {
        serial += 1 + random.nextInt(50);
        var definition = DemoCarriers.byCode(carrier).orElseThrow();
        return definition.trackingNumberFor(Waybills.firstSerial(definition) + serial);
    }

    private static String offset(Instant at) { return at.atOffset(ZoneOffset.UTC).toString(); }
}
