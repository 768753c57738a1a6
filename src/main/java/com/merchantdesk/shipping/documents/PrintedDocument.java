package com.merchantdesk.shipping.documents;

/** The kinds of fulfilment paper; each may go to its own printer (a label printer, an office printer). */
public enum PrintedDocument {
    LABEL("label", "shipping.documents.kind.label"),
    PICK_LIST("pick-list", "shipping.documents.kind.pickList"),
    PACKING_SLIP("packing-slip", "shipping.documents.kind.packingSlip"),
    MANIFEST("manifest", "shipping.documents.kind.manifest");

    private final String key;
    private final String messageKey;

    PrintedDocument(String key, String messageKey) {
        this.key = key;
        this.messageKey = messageKey;
    }

    /** As stored in {@code document_printer.kind}. */
    public String key() { return key; }

    public String messageKey() { return messageKey; }
}
