package com.merchantdesk.orders;

import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.Money;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link OrderDraft} against the SKUs it names: every field parsed, every problem collected as a
 * {@link FieldError} named like {@code lines[2].quantity}. Pure: no database, so the entry form can show
 * totals as the seller types ({@link #previewTotals}).
 */
public final class DraftReader {

    /** A parsed line: the SKU as it is now, the quantity and money as typed. */
    public record ReadLine(SkuRow sku, long quantity, Money unitPrice, Money discount) {
        public Money net() { return unitPrice.times(quantity).minus(discount); }
    }

    /** The draft read: lines and totals, and every problem found (empty when the draft can be saved). */
    public record Result(Channel channel, PaymentMethod paymentMethod, List<ReadLine> lines, OrderTotals totals,
                         List<FieldError> errors) {
        public boolean ok() { return errors.isEmpty(); }
    }

    private DraftReader() {}

    /** Totals of whatever already reads well: lines with errors count 0, bad amounts count 0. */
    public static OrderTotals previewTotals(OrderDraft draft, Map<String, SkuRow> skus) {
        return read(draft, skus).totals();
    }

    /** Reads the draft; {@code skus} holds the SKU rows of the draft's lines by SKU id. */
    public static Result read(OrderDraft draft, Map<String, SkuRow> skus) {
        return read(draft, skus, false);
    }

    /** {@link #read(OrderDraft, Map)}; {@code fromPlatform} takes the platform channel (an order the platform sent). */
    static Result read(OrderDraft draft, Map<String, SkuRow> skus, boolean fromPlatform) {
        List<FieldError> errors = new ArrayList<>();
        Currency currency = draft.currency();
        Channel channel = draft.channel();
        if (channel == null) {
            errors.add(FieldError.of("channel", "validation.required"));
        } else if ((channel == Channel.PLATFORM) != fromPlatform) {
            // Platform orders come from the platform by sync, with the platform's own number.
            errors.add(FieldError.of("channel", "orders.validation.platformChannel"));
        }
        PaymentMethod method = draft.paymentMethod() == null ? PaymentMethod.OTHER : draft.paymentMethod();
        List<ReadLine> lines = new ArrayList<>();
        if (draft.lines().isEmpty()) {
            errors.add(FieldError.of("lines", "orders.validation.noLines"));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            ReadLine line = readLine(draft.lines().get(i), skus, currency, "lines[" + i + "]", errors);
            if (line != null) {
                lines.add(line);
            }
        }
        Money zero = Money.zero(currency);
        Money subtotal = lines.stream().map(ReadLine::net).reduce(zero, Money::plus);
        Money orderDiscount = amount(draft.orderDiscount(), currency, "orderDiscount", errors);
        if (orderDiscount.compareTo(subtotal) > 0) {
            errors.add(FieldError.of("orderDiscount", "orders.validation.discountAboveSubtotal", subtotal.toPlainString()));
            orderDiscount = zero;
        }
        Money shipping = amount(draft.shippingFee(), currency, "shippingFee", errors);
        int taxRate = taxRate(draft.taxRate(), errors);
        if (draft.memo() != null && draft.memo().strip().length() > OrderDraft.MAX_MEMO_LENGTH) {
            errors.add(FieldError.of("memo", "validation.tooLong", OrderDraft.MAX_MEMO_LENGTH));
        }
        OrderTotals totals = OrderTotals.compute(lines.stream().map(ReadLine::net).toList(), orderDiscount, shipping, taxRate);
        return new Result(channel, method, List.copyOf(lines), totals, List.copyOf(errors));
    }

    private static ReadLine readLine(OrderDraft.LineDraft in, Map<String, SkuRow> skus, Currency currency, String prefix,
                                     List<FieldError> errors) {
        List<FieldError> own = new ArrayList<>();
        SkuRow sku = in == null || in.skuId() == null ? null : skus.get(in.skuId());
        if (sku == null) {
            own.add(FieldError.of("sku", "orders.validation.skuMissing"));
        } else if (!sku.price().currency().equals(currency)) {
            own.add(FieldError.of("sku", "orders.validation.skuCurrency", sku.code(),
                    sku.price().currency().getCurrencyCode(), currency.getCurrencyCode()));
        }
        long quantity = quantity(in == null ? null : in.quantity(), own);
        Money unitPrice = null;
        if (in != null && !clean(in.unitPrice()).isEmpty()) {
            unitPrice = amount(in.unitPrice(), currency, "unitPrice", own);
        } else if (sku != null && sku.price().currency().equals(currency)) {
            unitPrice = sku.price();
        }
        Money discount = amount(in == null ? null : in.discount(), currency, "discount", own);
        if (own.isEmpty() && discount.compareTo(unitPrice.times(quantity)) > 0) {
            own.add(FieldError.of("discount", "orders.validation.discountAboveLine", unitPrice.times(quantity).toPlainString()));
        }
        own.forEach(e -> errors.add(e.under(prefix)));
        return own.isEmpty() ? new ReadLine(sku, quantity, unitPrice, discount) : null;
    }

    private static long quantity(String text, List<FieldError> errors) {
        String value = clean(text);
        if (value.isEmpty()) {
            errors.add(FieldError.of("quantity", "validation.required"));
            return 0;
        }
        try {
            long q = Long.parseLong(value);
            if (q <= 0) {
                errors.add(FieldError.of("quantity", "validation.positive"));
                return 0;
            }
            if (q > OrderDraft.MAX_QUANTITY) {
                errors.add(FieldError.of("quantity", "orders.validation.quantityTooLarge", OrderDraft.MAX_QUANTITY));
                return 0;
            }
            return q;
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("quantity", "validation.wholeNumber"));
            return 0;
        }
    }

    /** A non-negative amount; blank is 0. A bad amount is reported and counts as 0. */
    static Money amount(String text, Currency currency, String field, List<FieldError> errors) {
        if (clean(text).isEmpty()) {
            return Money.zero(currency);
        }
        try {
            Money m = Money.parse(text, currency);
            if (m.isNegative()) {
                errors.add(FieldError.of(field, "validation.money.negative"));
                return Money.zero(currency);
            }
            return m;
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, e.getMessage(), currency.getDefaultFractionDigits()));
            return Money.zero(currency);
        }
    }

    /** A percentage with at most two decimals ("10", "7.5", "12.25%"), as basis points. */
    static int taxRate(String text, List<FieldError> errors) {
        String value = clean(text);
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return 0;
        }
        try {
            BigDecimal percent = new BigDecimal(value);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(FieldError.of("taxRate", "orders.validation.taxRateRange"));
                return 0;
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.of("taxRate", "orders.validation.taxRatePrecision"));
                return 0;
            }
            return percent.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(FieldError.of("taxRate", "orders.validation.taxRateFormat"));
            return 0;
        }
    }

    private static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }
}
