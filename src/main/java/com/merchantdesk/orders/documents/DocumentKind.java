package com.merchantdesk.orders.documents;

/** Which paper an order prints: the customer's invoice (with prices) or the packer's slip (without). */
public enum DocumentKind {
    INVOICE("documents.invoice.title", "invoice"),
    PACKING_SLIP("documents.packingSlip.title", "packing-slip");

    private final String titleKey;
    private final String fileNamePrefix;

    DocumentKind(String titleKey, String fileNamePrefix) {
        this.titleKey = titleKey;
        this.fileNamePrefix = fileNamePrefix;
    }

    /** Bundle key of the title printed at the top of the page. */
    public String titleKey() { return titleKey; }

    /** ASCII start of a suggested file name, the same in every language so files sort together. */
    public String fileNamePrefix() { return fileNamePrefix; }
}
