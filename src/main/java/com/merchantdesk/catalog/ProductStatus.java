package com.merchantdesk.catalog;

/** Where a product stands with buyers: drafts and archived products are not listed for sale. */
public enum ProductStatus { DRAFT, ACTIVE, ARCHIVED }
