package com.merchantdesk.sales;

/**
 * A SKU to reorder: at or below its reorder point, or with less than the asked days of stock left at its rate of
 * the last {@link SalesService#RATE_DAYS} days.
 *
 * @param coverDays days of stock left at that rate; null when it did not sell (cover unknown, not infinite)
 * @param suggested units to order: enough for twice the asked days at that rate, and above the reorder point
 */
public record RestockLine(String code, String title, String optionLabel, long available, int reorderPoint,
                          long soldInRateDays, Double coverDays, long suggested) {

    public String label() { return optionLabel.isEmpty() ? title : title + " / " + optionLabel; }

    public boolean atReorderPoint() { return reorderPoint > 0 && available <= reorderPoint; }
}
