package com.merchantdesk.catalog.demo;

import com.merchantdesk.catalog.Barcode;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.catalog.demo.DemoTemplates.Axis;
import com.merchantdesk.catalog.demo.DemoTemplates.Template;
import com.merchantdesk.catalog.demo.Term.Language;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.store.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Plans the demo shop: products with their SKUs and the stock movements that fill the shelves. Pure
 * computation from a seeded {@link Random}, so the same seed always plans the same shop.
 */
final class DemoAssortment {

    /** A product to save (without images yet), its picture, and the stock history of its SKUs. */
    record PlannedProduct(Product product, String image, List<PlannedMovement> movements) {}

    /** A ledger line for the SKU at {@code skuIndex} of its product. */
    record PlannedMovement(int skuIndex, MovementKind kind, long delta, String reason, String reference, Instant at) {}

    static final int MIN_PRODUCTS_PER_TEMPLATE = 12;
    /** Korean GS1 prefix 880, a made-up company number, then a five-digit item number and the check digit. */
    private static final String BARCODE_PREFIX = "8805123";

    private final Random random;
    private final PriceScale prices;
    private final Instant now;
    private int productNo;
    private int itemNo = 10_000;
    private int purchaseOrderNo = 1000;

    DemoAssortment(Random random, PriceScale prices, Instant now) {
        this.random = random;
        this.prices = prices;
        this.now = now;
    }

    List<PlannedProduct> plan() {
        List<PlannedProduct> result = new ArrayList<>();
        for (Template template : DemoTemplates.ALL) {
            List<Term> collections = new ArrayList<>(DemoTemplates.COLLECTIONS);
            Collections.shuffle(collections, random);
            int count = MIN_PRODUCTS_PER_TEMPLATE + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                result.add(product(template, collections.get(i)));
            }
        }
        return result;
    }

    private PlannedProduct product(Template template, Term collection) {
        productNo++;
        Language language = language();
        String title = title(collection, template.noun(), language);
        List<Axis> axes = random.nextInt(10) == 0 ? List.of() : template.axes();
        List<List<Term>> chosen = chooseValues(axes);
        List<String> optionNames = axes.stream().map(a -> a.name().in(language)).toList();
        long productCents = template.baseCents() * collectionPercent(collection) / 100;
        boolean onSale = random.nextInt(4) == 0;
        int salePercent = 120 + random.nextInt(31);

        List<Sku> skus = new ArrayList<>();
        for (List<Term> combination : combinations(chosen)) {
            int grade = grade(axes, combination);
            long usdCents = productCents * (100 + 12L * grade) / 100;
            Money price = prices.shelfPrice(usdCents);
            Money compareAt = onSale ? prices.shelfPrice(usdCents * salePercent / 100) : null;
            Money cost = prices.exact(usdCents * (35 + random.nextInt(21)) / 100);
            int weight = template.weightGrams() * (100 + 15 * grade) / 100;
            int reorderPoint = random.nextInt(100) < 15 ? 0 : 3 + random.nextInt(13);
            skus.add(new Sku(Ids.newIdString(), code(template, combination), combination.stream().map(t -> t.in(language)).toList(),
                    barcode(), price, compareAt, cost, weight, reorderPoint));
        }

        ProductStatus status = status();
        Instant created = now.minus(Duration.ofDays(20 + random.nextInt(200))).minus(Duration.ofMinutes(random.nextInt(24 * 60)));
        Instant updated = created.plus(Duration.ofHours(random.nextInt(24 * 10)));
        Product product = new Product(Ids.newIdString(), title, description(title, template.feature(), language),
                template.category(), status, optionNames, skus, List.of(), created, updated);
        return new PlannedProduct(product, template.image(), movements(product, created));
    }

    private Language language() {
        int roll = random.nextInt(100);
        return roll < 70 ? Language.EN : roll < 85 ? Language.KO : Language.ZH;
    }

    private static String title(Term collection, Term noun, Language language) {
        return language == Language.ZH ? collection.zh() + noun.zh() : collection.in(language) + " " + noun.in(language);
    }

    private static String description(String title, Term feature, Language language) {
        return switch (language) {
            case EN -> title + ": " + feature.en() + ". Ships within 1-2 business days.";
            case KO -> title + " - " + feature.ko() + ". 1~2 영업일 이내 발송.";
            case ZH -> title + "，" + feature.zh() + "。1-2个工作日内发货。";
        };
    }

    private static int collectionPercent(Term collection) {
        return switch (collection.en()) {
            case "Premium" -> 150;
            case "Mini" -> 70;
            case "Eco", "Organic" -> 115;
            default -> 100;
        };
    }

    /** Colours: one to four of them; graded values: a run of neighbours. At most twelve combinations. */
    private List<List<Term>> chooseValues(List<Axis> axes) {
        List<List<Term>> chosen = new ArrayList<>();
        for (Axis axis : axes) {
            List<Term> values = axis.values();
            if (axis.graded()) {
                int length = axes.size() == 1 ? values.size() : 1 + random.nextInt(values.size());
                int start = random.nextInt(values.size() - length + 1);
                chosen.add(values.subList(start, start + length));
            } else {
                List<Term> shuffled = new ArrayList<>(values);
                Collections.shuffle(shuffled, random);
                int count = (axes.size() == 1 ? 2 : 1) + random.nextInt(3);
                chosen.add(shuffled.subList(0, Math.min(count, shuffled.size())));
            }
        }
        while (chosen.size() == 2 && chosen.get(0).size() * chosen.get(1).size() > 12) {
            chosen.set(0, chosen.get(0).subList(0, chosen.get(0).size() - 1));
        }
        return chosen;
    }

    private static List<List<Term>> combinations(List<List<Term>> chosen) {
        List<List<Term>> result = new ArrayList<>();
        result.add(List.of());
        for (List<Term> values : chosen) {
            List<List<Term>> next = new ArrayList<>();
            for (List<Term> prefix : result) {
                for (Term value : values) {
                    List<Term> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    /** How many steps up the graded axes this combination is (a larger size costs and weighs more). */
    private static int grade(List<Axis> axes, List<Term> combination) {
        int grade = 0;
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).graded()) {
                grade += axes.get(i).values().indexOf(combination.get(i));
            }
        }
        return grade;
    }

    private String code(Template template, List<Term> combination) {
        StringBuilder code = new StringBuilder(String.format(Locale.ROOT, "%s-%04d", template.codePrefix(), productNo));
        combination.forEach(t -> code.append('-').append(t.code()));
        return code.toString();
    }

    private Barcode barcode() {
        if (random.nextInt(100) < 8) {
            return null;
        }
        String payload = BARCODE_PREFIX + String.format(Locale.ROOT, "%05d", itemNo++);
        return Barcode.parse(payload + Barcode.checkDigit(payload));
    }

    private ProductStatus status() {
        int roll = random.nextInt(100);
        return roll < 6 ? ProductStatus.DRAFT : roll < 10 ? ProductStatus.ARCHIVED : ProductStatus.ACTIVE;
    }

    /**
     * Drafts have no stock yet. Everything else was received from a supplier; a few SKUs then had damage or a
     * stocktake correction, some are low and a few are sold out (never received).
     */
    private List<PlannedMovement> movements(Product product, Instant created) {
        List<PlannedMovement> result = new ArrayList<>();
        if (product.status() == ProductStatus.DRAFT) {
            return result;
        }
        String order = String.format(Locale.ROOT, "PO-%d", purchaseOrderNo++);
        Instant received = created.plus(Duration.ofHours(24 + random.nextInt(72)));
        for (int i = 0; i < product.skus().size(); i++) {
            int reorderPoint = product.skus().get(i).reorderPoint();
            int roll = random.nextInt(100);
            if (roll < 4) {
                continue;
            }
            boolean low = roll < 12 || product.status() == ProductStatus.ARCHIVED;
            long quantity = low ? 1 + random.nextInt(Math.max(2, reorderPoint)) : 12 + random.nextInt(140);
            result.add(new PlannedMovement(i, MovementKind.RECEIVED, quantity, "Supplier delivery", order, received));
            Instant later = received.plus(Duration.ofHours(24 + random.nextInt(24 * 14)));
            int extra = random.nextInt(100);
            if (!low && extra < 5) {
                result.add(new PlannedMovement(i, MovementKind.DAMAGED, -(1 + random.nextInt(2)), "Damaged in storage", "", later));
            } else if (!low && extra < 10) {
                long correction = random.nextBoolean() ? 1 + random.nextInt(3) : -(1 + random.nextInt(3));
                result.add(new PlannedMovement(i, MovementKind.COUNTED, correction, "Stocktake", "", later));
            }
        }
        return result;
    }
}
