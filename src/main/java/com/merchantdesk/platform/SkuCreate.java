package com.merchantdesk.platform;

import java.util.List;

/** The request body that creates a SKU of a product by the desk's UUID (docs/platform-api.yaml). */
public record SkuCreate(String id, String productId, String code, List<String> optionValues, String barcode,
                        Money price, Money compareAtPrice, Integer weightGrams, Integer reorderPoint) {}
