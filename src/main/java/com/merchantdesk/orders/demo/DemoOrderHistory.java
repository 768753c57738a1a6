package com.merchantdesk.orders.demo;

import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.PaymentMethod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A year of a small shop's orders, planned as plain records (no database, no JavaFX): the same seed and SKUs give
 * the same history. Used by the desk's demo ({@code demo}, {@code --demo}: {@link DemoHistoryWriter} saves it through
 * the order service) and meant for the sandbox's demo account, which can turn the same records into its own rows.
 *
 * <p>What it holds: about 6 orders a day, more in the shop's weekends at the stall and before the year-end holidays,
 * fewer in midsummer, and growing through the year; wholesale on weekdays only. Channels: platform about half, stall,
 * phone, wholesale, other. Customers: a pool that grows, regulars who come back often and one-off buyers; stall sales
 * often have no customer. Most orders are paid (at once on the platform and at the stall, later by bank transfer),
 * packed, shipped and delivered; some are cancelled before or after paying, some refunded in part or whole, with or
 * without restock; the last days' orders are still on their way. Discounts, shipping fees and tax on wholesale.
 */
public final class DemoOrderHistory {

    /** The seed the desk's demo uses. */
    public static final long SEED = 20_261_204L;

    /** A SKU the history may sell: its code (the link to either side's catalogue) and price in minor units. */
    public record Sku(String code, long priceMinor) {}

    public record Customer(String name, String phone) {}

    public record Line(int sku, long quantity, long unitPriceMinor, long discountMinor) {}

    /** A refund of {@code amountMinor}, units per line index, back on the shelf or written off. */
    public record Refund(Instant at, long amountMinor, List<long[]> unitsByLine, boolean restock, String reason) {}

    /**
     * One order and what happened to it; the times are null for steps it never reached.
     *
     * @param customer an index into {@link Plan#customers()}, or -1 for a walk-up sale
     */
    public record Order(Instant createdAt, Channel channel, int customer, List<Line> lines, long orderDiscountMinor,
                        long shippingFeeMinor, int taxRateBasisPoints, PaymentMethod paymentMethod, Instant paidAt,
                        Instant cancelledAt, Instant packedAt, Instant shippedAt, Instant deliveredAt, List<Refund> refunds) {

        public Order {
            Objects.requireNonNull(createdAt);
            lines = List.copyOf(lines);
            refunds = List.copyOf(refunds);
        }
    }

    /** The whole history: customers, and orders in the order they were created. */
    public record Plan(List<Sku> skus, List<Customer> customers, List<Order> orders) {}

    /** Takes the orders of {@link #stream} one by one, in time order, each with its customer (null for none). */
    @FunctionalInterface
    public interface Sink {
        void accept(Order order, Customer customer);
    }

    private final Random random;
    private final List<Sku> skus;
    private final ZoneId zone;
    /** Every order of this channel when set (a large account of online orders); null: the demo's mix of channels. */
    private final Channel only;
    private final List<Customer> customers = new ArrayList<>();
    private long cheapest;

    private DemoOrderHistory(long seed, List<Sku> skus, ZoneId zone, Channel only) {
        this.random = new Random(seed);
        this.skus = List.copyOf(skus);
        this.zone = zone;
        this.only = only;
    }

    /** The year before {@code now} (in the shop's {@code zone}) on {@code skus}; the same arguments, the same plan. */
    public static Plan plan(long seed, List<Sku> skus, Instant now, ZoneId zone) {
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("no SKUs to sell");
        }
        return new DemoOrderHistory(seed, skus, zone, null).make(now);
    }

    /**
     * Exactly {@code count} orders of {@code channel} over the 365 days before the day of {@code now} (in
     * {@code zone}), with the same patterns as {@link #plan} (growth, weekdays, seasons, cancellations, refunds,
     * regulars), handed to {@code sink} in time order a day at a time: a million orders never sit in memory at once.
     * Each day gets its share of {@code count} by the same daily rate the demo year draws from. The same arguments
     * give the same orders.
     */
    public static void stream(long seed, List<Sku> skus, Instant now, ZoneId zone, Channel channel, long count, Sink sink) {
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("no SKUs to sell");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        new DemoOrderHistory(seed, skus, zone, Objects.requireNonNull(channel)).streamDays(now, count, sink);
    }

    private void streamDays(Instant now, long count, Sink sink) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(365);
        double[] weights = new double[365];
        double total = 0;
        for (int d = 0; d < weights.length; d++) {
            weights[d] = rate(first.plusDays(d), today);
            total += weights[d];
        }
        long handed = 0;
        double sum = 0;
        for (int d = 0; d < weights.length; d++) {
            sum += weights[d];
            // The days before today only: their opening hours are all in the past, so every planned order counts.
            long upTo = d == weights.length - 1 ? count : (long) Math.floor(count * sum / total);
            LocalDate day = first.plusDays(d);
            List<Order> orders = new ArrayList<>((int) (upTo - handed));
            for (long i = handed; i < upTo; i++) {
                ZonedDateTime at = day.atTime(9, 0).atZone(zone).plusMinutes(random.nextInt(12 * 60));
                orders.add(order(at.toInstant(), day.getDayOfWeek(), now));
            }
            handed = upTo;
            orders.sort(Comparator.comparing(Order::createdAt));
            for (Order o : orders) {
                sink.accept(o, o.customer() < 0 ? null : customers.get(o.customer()));
            }
        }
    }

    private Plan make(Instant now) {
        List<Order> orders = new ArrayList<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate day = today.minusDays(364); !day.isAfter(today); day = day.plusDays(1)) {
            int count = poisson(rate(day, today));
            for (int i = 0; i < count; i++) {
                ZonedDateTime at = day.atTime(9, 0).atZone(zone).plusMinutes(random.nextInt(12 * 60));
                if (at.toInstant().isAfter(now)) {
                    continue;
                }
                orders.add(order(at.toInstant(), day.getDayOfWeek(), now));
            }
        }
        orders.sort(Comparator.comparing(Order::createdAt));
        return new Plan(skus, List.copyOf(customers), orders);
    }

    /** Orders a day: a base that grows over the year, weekends busier, a summer lull and a year-end rush. */
    private double rate(LocalDate day, LocalDate today) {
        double growth = 0.75 + 0.5 * (365 - (today.toEpochDay() - day.toEpochDay())) / 365.0;
        double weekday = switch (day.getDayOfWeek()) {
            case SATURDAY -> 1.45;
            case SUNDAY -> 1.25;
            case MONDAY -> 0.85;
            default -> 0.95;
        };
        int dayOfYear = day.getDayOfYear();
        double season = 1.0 - 0.25 * Math.exp(-Math.pow((dayOfYear - 215) / 25.0, 2))
                + 0.9 * Math.exp(-Math.pow((dayOfYear - 340) / 14.0, 2));
        return 5.0 * growth * weekday * season;
    }

    private Order order(Instant created, DayOfWeek weekday, Instant now) {
        Channel channel = only != null ? only : channel(weekday);
        int customer = customer(channel);
        int lineCount = channel == Channel.WHOLESALE ? 2 + random.nextInt(2) : 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
        List<Line> lines = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        long subtotal = 0;
        for (int i = 0; i < lineCount; i++) {
            int sku;
            do {
                double u = random.nextDouble();
                sku = (int) (u * u * skus.size());
            } while (used.contains(sku) && used.size() < skus.size());
            used.add(sku);
            long quantity = channel == Channel.WHOLESALE ? 3 + random.nextInt(6) : random.nextInt(10) < 8 ? 1 : 2;
            long price = skus.get(sku).priceMinor();
            long discount = channel == Channel.WHOLESALE ? price * quantity / 10 : random.nextInt(100) < 6 ? price * quantity / 20 : 0;
            lines.add(new Line(sku, quantity, price, discount));
            subtotal += price * quantity - discount;
        }
        long orderDiscount = channel != Channel.WHOLESALE && random.nextInt(100) < 5 ? subtotal / 10 : 0;
        long shipping = channel == Channel.STALL ? 0 : subtotal > 50 * cheapest() ? 0 : 3 * cheapest();
        int tax = channel == Channel.WHOLESALE ? 1_000 : 0;
        PaymentMethod method = switch (channel) {
            case PLATFORM -> PaymentMethod.PLATFORM;
            case STALL -> random.nextBoolean() ? PaymentMethod.CASH : PaymentMethod.MOBILE_WALLET;
            case WHOLESALE -> PaymentMethod.BANK_TRANSFER;
            default -> random.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.BANK_TRANSFER;
        };
        Duration age = Duration.between(created, now);
        int roll = random.nextInt(1000);
        boolean cancelUnpaid = roll < 20;
        boolean cancelPaid = roll >= 20 && roll < 35;
        Instant paid = cancelUnpaid ? null : created.plus(payDelay(channel));
        if (paid != null && paid.isAfter(now)) {
            paid = null;
        }
        Instant cancelled = null;
        Instant packed = null;
        Instant shipped = null;
        Instant delivered = null;
        List<Refund> refunds = new ArrayList<>();
        if (cancelUnpaid && age.toHours() > 30) {
            cancelled = created.plus(Duration.ofHours(6 + random.nextInt(24)));
        } else if (paid != null) {
            if (cancelPaid) {
                cancelled = at(paid.plus(Duration.ofMinutes(30 + random.nextInt(600))), now);
            } else if (channel == Channel.STALL) {
                packed = paid;
                shipped = paid;
                delivered = paid;
            } else {
                packed = at(paid.plus(Duration.ofHours(2 + random.nextInt(20))), now);
                shipped = packed == null ? null : at(packed.plus(Duration.ofHours(3 + random.nextInt(30))), now);
                delivered = shipped == null ? null : at(shipped.plus(Duration.ofHours(20 + random.nextInt(72))), now);
            }
            if (delivered != null && random.nextInt(100) < 5) {
                long goods = subtotal - orderDiscount;
                // Tax rounded half up, as OrderTotals does: the whole order's money for a full refund.
                long total = goods + shipping + (goods * tax + 5_000) / 10_000;
                refunds.addAll(refunds(lines, goods, total, delivered, now));
            }
        }
        return new Order(created, channel, customer, lines, orderDiscount, shipping, tax, method, paid, cancelled, packed,
                shipped, delivered, refunds);
    }

    /** One refund of a unit of the first line (most), or the whole order. */
    private List<Refund> refunds(List<Line> lines, long goods, long total, Instant delivered, Instant now) {
        Instant at = at(delivered.plus(Duration.ofHours(24 + random.nextInt(24 * 10))), now);
        if (at == null) {
            return List.of();
        }
        boolean restock = random.nextInt(100) < 65;
        String reason = restock ? pick(List.of("Wrong size", "Changed mind", "Colour not as pictured"))
                : pick(List.of("Damaged in transit", "Faulty"));
        if (random.nextInt(100) < 25) {
            List<long[]> all = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                all.add(new long[] {i, lines.get(i).quantity()});
            }
            return List.of(new Refund(at, total, all, restock, reason));
        }
        Line first = lines.get(0);
        long unitValue = (first.unitPriceMinor() * first.quantity() - first.discountMinor()) / first.quantity();
        return List.of(new Refund(at, Math.min(unitValue, goods), List.<long[]>of(new long[] {0, 1}), restock, reason));
    }

    private Duration payDelay(Channel channel) {
        return switch (channel) {
            case PLATFORM, STALL -> Duration.ofMinutes(random.nextInt(5));
            case WHOLESALE -> Duration.ofHours(4 + random.nextInt(60));
            default -> Duration.ofMinutes(10 + random.nextInt(60 * 20));
        };
    }

    private Channel channel(DayOfWeek weekday) {
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        int roll = random.nextInt(100);
        if (weekend) {
            return roll < 45 ? Channel.PLATFORM : roll < 80 ? Channel.STALL : roll < 92 ? Channel.PHONE : Channel.OTHER;
        }
        return roll < 55 ? Channel.PLATFORM : roll < 65 ? Channel.STALL : roll < 82 ? Channel.PHONE
                : roll < 90 ? Channel.WHOLESALE : Channel.OTHER;
    }

    /** A returning customer (regulars come back most), a new one, or none for most stall sales. */
    private int customer(Channel channel) {
        if (channel == Channel.STALL && random.nextInt(100) < 65) {
            return -1;
        }
        if (customers.isEmpty() || random.nextInt(100) < (channel == Channel.WHOLESALE ? 10 : 45)) {
            String name = channel == Channel.WHOLESALE ? SyntheticPeople.shopName(random, customers.size())
                    : SyntheticPeople.personName(random);
            customers.add(new Customer(name, SyntheticPeople.phone(7_000 + customers.size())));
            return customers.size() - 1;
        }
        double u = random.nextDouble();
        return (int) (u * u * u * customers.size());
    }

    private long cheapest() {
        if (cheapest == 0) {
            // Asked twice per order: kept, so a million streamed orders do not scan the SKUs two million times.
            cheapest = Math.max(1, skus.stream().mapToLong(Sku::priceMinor).min().orElse(1) / 2);
        }
        return cheapest;
    }

    /** A count with mean {@code mean} (Knuth's method: the means here are small). */
    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static Instant at(Instant when, Instant now) { return when.isAfter(now) ? null : when; }

    private <T> T pick(List<T> list) { return list.get(random.nextInt(list.size())); }
}
