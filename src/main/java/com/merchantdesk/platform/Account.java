package com.merchantdesk.platform;

/** The seller account a token belongs to. */
public record Account(String seller, String name) {}
