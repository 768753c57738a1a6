package com.merchantdesk.platform;

import java.util.List;

/** The request body that creates a customer by the desk's UUID (docs/platform-api.yaml). */
public record CustomerCreate(String id, String name, String phone, String email, List<Address> addresses) {}
