package com.merchantdesk.sales;

/** A SKU's net units, revenue and cost over a range (all channels). */
public record TopSku(long skuNo, String code, String title, String optionLabel, long units, long revenue, long cost) {

    public long margin() { return revenue - cost; }

    /** "Title / Red / M", or the title alone. */
    public String label() { return optionLabel.isEmpty() ? title : title + " / " + optionLabel; }

    /** What the top lists rank by. */
    public enum By {
        REVENUE, UNITS, MARGIN;

        long of(TopSku s) {
            return switch (this) {
                case REVENUE -> s.revenue();
                case UNITS -> s.units();
                case MARGIN -> s.margin();
            };
        }

        public String messageKey() { return "sales.top." + name(); }
    }
}
