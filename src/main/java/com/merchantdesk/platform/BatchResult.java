package com.merchantdesk.platform;

import java.util.List;

/** The answer to a batch: one result per item, in the order sent; each item applied or refused on its own. */
public record BatchResult(List<BatchItemResult> results) {}
