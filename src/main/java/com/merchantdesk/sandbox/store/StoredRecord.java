package com.merchantdesk.sandbox.store;

import java.util.Map;

/** A record as stored: its version, the version at which each field last changed, and its wire JSON. */
public record StoredRecord(String id, String parentId, long version, Map<String, Long> fieldVersions, String doc) {}
