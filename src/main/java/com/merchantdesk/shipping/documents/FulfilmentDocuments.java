package com.merchantdesk.shipping.documents;

import com.merchantdesk.customers.Address;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderLine;
import com.merchantdesk.orders.documents.DocumentKind;
import com.merchantdesk.orders.documents.OrderDocumentRenderer;
import com.merchantdesk.orders.documents.OrderDocuments;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.OrderParcels;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentLine;
import com.merchantdesk.shipping.ShipmentQuery;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.Zone;
import com.merchantdesk.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gathers what the fulfilment paper prints from the store (orders, parcels, SKUs' bins and HS codes, the shop in
 * Settings) and renders it with {@link FulfilmentPdf}. Refusals are {@link ValidationException}s naming the order
 * or carrier; nothing is written by this class. Blocking: never on the JavaFX thread.
 */
public final class FulfilmentDocuments {

    private final Database db;
    private final ShippingService shipping;
    private final Supplier<Settings> settings;
    private final Clock clock;

    public FulfilmentDocuments(Database db, ShippingService shipping, Supplier<Settings> settings, Clock clock) {
        this.db = db;
        this.shipping = shipping;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every parcel's label of the orders (id or number); refuses an unknown order or one with no parcel. */
    public byte[] labels(List<String> orderRefs, LabelSize size, Locale locale) throws IOException {
        List<OrderParcels> orders = orders(orderRefs, true);
        ShippingPolicy policy = shipping.policy();
        try (FulfilmentPdf pdf = new FulfilmentPdf(locale, policy.shopZone())) {
            pdf.labels(labelsOf(orders, null, policy, locale), size);
            return pdf.bytes();
        }
    }

    /** The pick list of the orders' lines left to ship (all their lines once every unit is in a parcel). */
    public byte[] pickList(List<String> orderRefs, Locale locale) throws IOException {
        List<OrderParcels> orders = orders(orderRefs, false);
        try (FulfilmentPdf pdf = new FulfilmentPdf(locale, shipping.policy().shopZone())) {
            pdf.pickList(pickListOf(orders));
            return pdf.bytes();
        }
    }

    /** The carrier's parcels shipped on {@code day} (the shop's time zone), oldest first. */
    public byte[] manifest(String carrierCode, LocalDate day, Locale locale) throws IOException {
        HandoverManifest manifest = manifestOf(carrierCode, day);
        try (FulfilmentPdf pdf = new FulfilmentPdf(locale, shipping.policy().shopZone())) {
            pdf.manifest(manifest);
            return pdf.bytes();
        }
    }

    /**
     * The batch's paper in one PDF: the labels of these parcels (with customs declarations), the pick list of their
     * units, and each order's packing slip. {@code progress} hears each step done out of the total.
     */
    public Batch batch(List<Shipment> parcels, LabelSize size, Locale locale, Progress progress) throws IOException {
        Map<String, OrderParcels> orders = new LinkedHashMap<>();
        for (Shipment s : parcels) {
            orders.computeIfAbsent(s.orderId(), id -> shipping.parcels(id).orElseThrow());
        }
        ShippingPolicy policy = shipping.policy();
        int steps = orders.size() + 2;
        try (FulfilmentPdf pdf = new FulfilmentPdf(locale, policy.shopZone())) {
            pdf.labels(labelsOf(List.copyOf(orders.values()), parcels, policy, locale), size);
            progress.done(1, steps);
            pdf.pickList(pickList(parcels, orders));
            progress.done(2, steps);
            Settings shop = settings.get();
            int step = 2;
            for (OrderParcels order : orders.values()) {
                ByteArrayOutputStream slip = new ByteArrayOutputStream();
                new OrderDocumentRenderer().render(OrderDocuments.of(order.order(), DocumentKind.PACKING_SLIP, shop, locale,
                        policy.shopZone()), slip);
                pdf.append(PrintedDocument.PACKING_SLIP, slip.toByteArray());
                progress.done(++step, steps);
            }
            return new Batch(pdf.bytes(), pdf.parts(), pdf.pageCount());
        }
    }

    /** A finished batch PDF and which pages are which. */
    public record Batch(byte[] pdf, List<FulfilmentPdf.Part> parts, int pages) {}

    /** Hears how far a long job is. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void done(long done, long total);
    }

    List<OrderParcels> orders(List<String> refs, boolean needParcels) {
        List<FieldError> errors = new ArrayList<>();
        List<OrderParcels> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (refs.isEmpty()) {
            throw new ValidationException(FieldError.of("order", "shipping.validation.orderRequired"));
        }
        for (String ref : refs) {
            Optional<OrderParcels> parcels = shipping.parcels(ref.strip());
            if (parcels.isEmpty()) {
                errors.add(FieldError.of("order", "shipping.validation.orderMissing", ref));
            } else if (needParcels && parcels.get().shipments().isEmpty()) {
                errors.add(FieldError.of("order", "shipping.documents.noShipment", parcels.get().order().number()));
            } else if (seen.add(parcels.get().order().id())) {
                found.add(parcels.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return found;
    }

    /** Labels of the orders' parcels: all of them, or only those in {@code only}. */
    List<ShippingLabel> labelsOf(List<OrderParcels> orders, List<Shipment> only, ShippingPolicy policy, Locale locale) {
        Settings shop = settings.get();
        Map<String, Carrier> carriers = shipping.carriers().stream()
                .collect(Collectors.toMap(Carrier::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        Set<String> codes = orders.stream().flatMap(o -> o.order().lines().stream()).map(OrderLine::skuCode)
                .collect(Collectors.toSet());
        Map<String, SkuFacts> facts = SkuFacts.of(db, codes);
        Set<String> wanted = only == null ? null : only.stream().map(Shipment::id).collect(Collectors.toSet());
        List<ShippingLabel> labels = new ArrayList<>();
        List<String> shopLines = lines(shop.shopAddress());
        for (OrderParcels parcels : orders) {
            Order order = parcels.order();
            boolean abroad = Zone.of(order.shippingAddress().country(), policy.shopCountry()) == Zone.INTERNATIONAL;
            List<Shipment> all = parcels.shipments();
            for (int i = 0; i < all.size(); i++) {
                Shipment s = all.get(i);
                if (wanted != null && !wanted.contains(s.id())) {
                    continue;
                }
                Carrier carrier = carriers.get(s.carrierCode());
                String carrierName = carrier == null ? s.carrierCode() : carrier.name();
                String serviceName = carrier == null ? s.serviceCode() : carrier.definition().service(s.serviceCode())
                        .map(CarrierService::name).orElse(s.serviceCode());
                CustomsDeclaration customs = abroad ? customs(order, s, facts, policy, shop) : null;
                labels.add(new ShippingLabel(shop.shopName(), shopLines, addressLines(order.shippingAddress(),
                        order.customerName()), phone(order), order.number(), carrierName, serviceName, s.trackingNumber(),
                        s.weightGrams(), i + 1, all.size(), s.shippedAt(), customs));
            }
        }
        return labels;
    }

    private static CustomsDeclaration customs(Order order, Shipment s, Map<String, SkuFacts> facts, ShippingPolicy policy,
                                              Settings shop) {
        List<CustomsDeclaration.Item> items = new ArrayList<>();
        for (ShipmentLine line : s.lines()) {
            OrderLine ordered = order.lines().stream().filter(l -> l.position() == line.position()).findFirst().orElseThrow();
            SkuFacts sku = SkuFacts.in(facts, ordered.skuCode());
            Money value = new Money(Math.multiplyExact(ordered.net().minorUnits(), line.quantity()) / ordered.quantity(),
                    ordered.net().currency());
            items.add(new CustomsDeclaration.Item(description(ordered), line.quantity(), value,
                    sku.weightGrams() == null ? null : (long) sku.weightGrams() * line.quantity(),
                    sku.originCountry().isEmpty() ? policy.shopCountry() : sku.originCountry(), sku.hsCode()));
        }
        return new CustomsDeclaration(items, shop.shopName());
    }

    PickList pickListOf(List<OrderParcels> orders) {
        List<PickList.Line> lines = new ArrayList<>();
        Set<String> codes = orders.stream().flatMap(o -> o.order().lines().stream()).map(OrderLine::skuCode)
                .collect(Collectors.toSet());
        Map<String, SkuFacts> facts = SkuFacts.of(db, codes);
        for (OrderParcels parcels : orders) {
            boolean nothingLeft = parcels.allShipped();
            for (OrderLine line : parcels.order().lines()) {
                long units = nothingLeft ? line.remainingQuantity() : parcels.left(line);
                if (units > 0) {
                    lines.add(new PickList.Line(SkuFacts.in(facts, line.skuCode()).binLocation(), line.skuCode(),
                            description(line), units));
                }
            }
        }
        return PickList.summed(orders.stream().map(o -> o.order().number()).toList(), lines, clock.instant());
    }

    /** The pick list of exactly the units in these parcels. */
    private PickList pickList(List<Shipment> parcels, Map<String, OrderParcels> orders) {
        Set<String> codes = parcels.stream().flatMap(s -> s.lines().stream()).map(ShipmentLine::skuCode).collect(Collectors.toSet());
        Map<String, SkuFacts> facts = SkuFacts.of(db, codes);
        List<PickList.Line> lines = new ArrayList<>();
        for (Shipment s : parcels) {
            Order order = orders.get(s.orderId()).order();
            for (ShipmentLine line : s.lines()) {
                OrderLine ordered = order.lines().stream().filter(l -> l.position() == line.position()).findFirst().orElseThrow();
                lines.add(new PickList.Line(SkuFacts.in(facts, ordered.skuCode()).binLocation(), ordered.skuCode(),
                        description(ordered), line.quantity()));
            }
        }
        List<String> numbers = orders.values().stream().map(o -> o.order().number()).toList();
        return PickList.summed(numbers, lines, clock.instant());
    }

    HandoverManifest manifestOf(String carrierCode, LocalDate day) {
        String code = carrierCode == null ? "" : carrierCode.strip();
        Optional<Carrier> carrier = shipping.carriers().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
        if (carrier.isEmpty()) {
            throw new ValidationException(FieldError.of("carrier", code.isEmpty() ? "shipping.validation.carrierRequired"
                    : "shipping.validation.unknownCarrier", code, shipping.carriers().stream().map(Carrier::code)
                    .collect(Collectors.joining(", "))));
        }
        ShippingPolicy policy = shipping.policy();
        ZoneId zone = policy.shopZone();
        List<Shipment> found = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Shipment> page = shipping.search(new ShipmentQuery("", Set.of(), carrier.get().code(), false, false,
                    day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), clock.instant(),
                    offset, ToShipQuery.MAX_LIMIT));
            found.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        found.sort(Comparator.comparing(Shipment::shippedAt).thenComparing(Shipment::trackingNumber));
        Map<String, Order> orders = new LinkedHashMap<>();
        List<HandoverManifest.Parcel> rows = new ArrayList<>();
        for (Shipment s : found) {
            Order order = orders.computeIfAbsent(s.orderId(), id -> shipping.parcels(id).orElseThrow().order());
            Address a = order.shippingAddress();
            String recipient = a == null || a.recipient() == null || a.recipient().isBlank() ? order.customerName() : a.recipient();
            String destination = a == null ? "" : Stream.of(a.city(), a.country()).filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining(", "));
            String service = carrier.get().definition().service(s.serviceCode()).map(CarrierService::name).orElse(s.serviceCode());
            rows.add(new HandoverManifest.Parcel(s.trackingNumber(), order.number(), recipient == null ? "" : recipient,
                    destination, service, s.weightGrams()));
        }
        Settings shop = settings.get();
        return new HandoverManifest(shop.shopName(), lines(shop.shopAddress()), carrier.get().code(), carrier.get().name(),
                day, rows);
    }

    private static String description(OrderLine line) {
        return line.optionLabel().isEmpty() ? line.title() : line.title() + " / " + line.optionLabel();
    }

    private static String phone(Order order) {
        Address a = order.shippingAddress();
        return a != null && a.phone() != null && !a.phone().isBlank() ? a.phone() : order.customerPhone();
    }

    static List<String> addressLines(Address a, String fallbackName) {
        List<String> lines = new ArrayList<>();
        String name = a == null || a.recipient() == null || a.recipient().isBlank() ? fallbackName : a.recipient();
        if (name != null && !name.isBlank()) {
            lines.add(name.strip());
        }
        if (a == null) {
            return lines;
        }
        Stream.of(a.line1(), a.line2()).filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(lines::add);
        String city = Stream.of(a.city(), a.region(), a.postalCode()).filter(s -> s != null && !s.isBlank())
                .map(String::strip).collect(Collectors.joining(" "));
        if (!city.isEmpty()) {
            lines.add(city);
        }
        if (a.country() != null && !a.country().isBlank()) {
            lines.add(new Locale("", a.country().strip()).getDisplayCountry(Locale.ENGLISH) + " (" + a.country().strip() + ")");
        }
        return lines;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
