package com.merchantdesk.platform;

import java.util.List;

/** The request body that creates a product by the desk's UUID (docs/platform-api.yaml); its SKUs follow one by one. */
public record ProductCreate(String id, String title, String description, String category, ProductStatus status,
                            List<String> optionNames) {}
