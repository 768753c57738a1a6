package com.merchantdesk.sandbox.http;

/** A body already written as JSON bytes (a feed page assembled from stored records), sent as it is. */
public record RawJson(byte[] bytes) {}
