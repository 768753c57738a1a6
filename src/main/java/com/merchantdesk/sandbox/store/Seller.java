package com.merchantdesk.sandbox.store;

/** A seller account of the sandbox platform: its row number and its code (e.g. {@code demo}). */
public record Seller(long no, String code, String name) {}
