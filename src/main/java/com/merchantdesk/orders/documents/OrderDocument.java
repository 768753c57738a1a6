package com.merchantdesk.orders.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an invoice or packing slip prints, already in the seller's words: the renderer reads only
 * this, so it does not depend on how orders are stored.
 *
 * @param locale          language of the labels and the number and date formats
 * @param shopAddress     as typed in Settings; line breaks are kept
 * @param orderNumber     the human number, e.g. {@code D-2026-000123}; printed as a Code 128 barcode too
 * @param zone            the seller's time zone, for showing {@code orderedAt}
 * @param channel         the channel already in words, e.g. "Phone"
 * @param shippingAddress address lines as they go on the parcel
 * @param payment         method and state in words, e.g. "Bank transfer · Paid"
 * @param memo            the seller's note for this order; empty for none
 */
public record OrderDocument(DocumentKind kind, Locale locale, String shopName, String shopAddress,
                            String orderNumber, Instant orderedAt, ZoneId zone, String channel,
                            String customerName, String customerPhone, List<String> shippingAddress,
                            String payment, List<DocumentLine> lines, DocumentTotals totals, String memo) {

    /** Longest order number the barcode prints at a width a hand scanner still reads (1 pt per module). */
    static final int MAX_ORDER_NUMBER_LENGTH = 30;

    public OrderDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(totals, "totals");
        orderNumber = orderNumber == null ? "" : orderNumber.strip();
        if (orderNumber.isEmpty() || orderNumber.length() > MAX_ORDER_NUMBER_LENGTH
                || !orderNumber.chars().allMatch(ch -> ch >= 32 && ch <= 126)) {
            // Code 128 carries printable ASCII only; the order numbers this app makes always are.
            throw new IllegalArgumentException("The order number must be 1 to " + MAX_ORDER_NUMBER_LENGTH
                    + " printable ASCII characters to print as a Code 128 barcode, got '" + orderNumber + "'");
        }
        shopName = text(shopName);
        shopAddress = shopAddress == null ? "" : shopAddress.strip();
        channel = text(channel);
        customerName = text(customerName);
        customerPhone = text(customerPhone);
        shippingAddress = shippingAddress == null ? List.of()
                : shippingAddress.stream().map(OrderDocument::text).filter(s -> !s.isEmpty()).toList();
        payment = text(payment);
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        memo = memo == null ? "" : memo.strip();
        var currency = totals.total().currency();
        boolean oneCurrency = totals.all().stream().allMatch(m -> m.currency().equals(currency))
                && lines.stream().allMatch(l -> l.unitPrice().currency().equals(currency)
                        && l.discount().currency().equals(currency) && l.lineTotal().currency().equals(currency));
        if (!oneCurrency) {
            throw new IllegalArgumentException("Every amount on order " + orderNumber + " must be in " + currency);
        }
    }

    /** The same order as the other paper, e.g. the packing slip of an invoice. */
    public OrderDocument as(DocumentKind otherKind) {
        return new OrderDocument(otherKind, locale, shopName, shopAddress, orderNumber, orderedAt, zone, channel,
                customerName, customerPhone, shippingAddress, payment, lines, totals, memo);
    }

    /** The same order with labels and formats of another language. */
    public OrderDocument in(Locale otherLocale) {
        return new OrderDocument(kind, otherLocale, shopName, shopAddress, orderNumber, orderedAt, zone, channel,
                customerName, customerPhone, shippingAddress, payment, lines, totals, memo);
    }

    /** Total pieces to pick. */
    public long totalQuantity() { return lines.stream().mapToLong(DocumentLine::quantity).sum(); }

    /** Whether any line has its own discount (the invoice then shows a discount column). */
    public boolean hasLineDiscounts() { return lines.stream().anyMatch(l -> l.discount().minorUnits() != 0); }

    /** A file name such as {@code invoice-D-2026-000123.pdf}, safe on every desktop system. */
    public String suggestedFileName() {
        return kind.fileNamePrefix() + "-" + orderNumber.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private static String text(String value) { return value == null ? "" : value.strip(); }
}
