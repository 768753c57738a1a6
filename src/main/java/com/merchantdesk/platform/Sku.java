package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/** A SKU (variant) as the platform keeps it; its stock is a separate record ({@link StockLevel}). */
public record Sku(String id, String productId, String code, List<String> optionValues, String barcode, Money price,
                  Money compareAtPrice, Money cost, Integer weightGrams, Integer reorderPoint, long version,
                  Instant createdAt, Instant updatedAt) {}
