package com.merchantdesk.orders;

/** The colour flag a seller puts on an order's memo, like the flags of a marketplace seller workbench. */
public enum MemoFlag {
    NONE, RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE;

    public String messageKey() { return "orders.flag." + name(); }
}
