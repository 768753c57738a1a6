package com.merchantdesk.platform;

import java.time.Instant;
import java.util.List;

/**
 * A product as the platform keeps it. Title, description, category, status and option names are the seller's
 * (a desk may PATCH them); {@code listing} is the platform's.
 */
public record Product(String id, String title, String description, String category, ProductStatus status,
                      List<String> optionNames, ListingState listing, long version, Instant createdAt,
                      Instant updatedAt) {}
