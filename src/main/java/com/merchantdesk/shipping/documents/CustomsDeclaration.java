package com.merchantdesk.shipping.documents;

import com.merchantdesk.kernel.Money;
import java.util.List;

/**
 * A CN22-style customs declaration: what is in the parcel, how many, worth and weighing how much, made where, and
 * the tariff (HS) code when the SKU has one. The parcel's goods are sold, so the category is "sale of goods".
 */
public record CustomsDeclaration(List<Item> items, String senderName) {

    /**
     * @param weightGrams null when the SKU has no weight
     * @param hsCode      empty when the SKU has none
     */
    public record Item(String description, long quantity, Money value, Long weightGrams, String originCountry,
                       String hsCode) {}

    public CustomsDeclaration {
        items = List.copyOf(items);
    }

    public Money totalValue() {
        return items.stream().map(Item::value).reduce(Money::plus).orElseThrow();
    }

    /** The sum of the known weights; null when no item has one. */
    public Long totalWeightGrams() {
        return items.stream().anyMatch(i -> i.weightGrams() != null)
                ? items.stream().map(Item::weightGrams).filter(w -> w != null).mapToLong(Long::longValue).sum() : null;
    }
}
