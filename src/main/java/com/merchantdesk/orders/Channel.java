package com.merchantdesk.orders;

/** Where an order was taken. {@code PLATFORM} orders arrive by sync; the others are entered on this desk. */
public enum Channel {
    PLATFORM, PHONE, STALL, WHOLESALE, OTHER;

    /** The channels a seller picks when entering an order by hand. */
    public static final java.util.List<Channel> LOCAL = java.util.List.of(PHONE, STALL, WHOLESALE, OTHER);

    /** Message key of the channel's name, e.g. {@code orders.channel.PHONE}. */
    public String messageKey() { return "orders.channel." + name(); }
}
