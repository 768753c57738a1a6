package com.merchantdesk.sync.apply;

/**
 * A SKU from the platform has a code (or barcode) that another SKU of the desk already has, under another id: the
 * same article made on both sides before they were linked (a shop's first connection with a catalogue of its own).
 * Nothing of it is written; the engine stops the page before it and reports this. Linking such SKUs is the first
 * connection's job (docs/sync.md, "Linking a local catalogue").
 */
public final class SkuClashException extends RuntimeException {

    /** What the two SKUs share. */
    public enum Clash { CODE, BARCODE }

    private final Clash clash;
    private final String value;
    private final String platformSkuId;
    private final String platformProductId;
    private final String localSkuId;
    private final String localProductId;

    SkuClashException(Clash clash, String value, String platformSkuId, String platformProductId, String localSkuId,
                      String localProductId) {
        super("The platform's SKU " + platformSkuId + " (product " + platformProductId + ") has the "
                + (clash == Clash.CODE ? "SKU code " : "barcode ") + value + ", which the desk's SKU " + localSkuId
                + " (product " + localProductId + ") already has; the two must be linked before this SKU can be applied."
                + " Nothing of it was written.");
        this.clash = clash;
        this.value = value;
        this.platformSkuId = platformSkuId;
        this.platformProductId = platformProductId;
        this.localSkuId = localSkuId;
        this.localProductId = localProductId;
    }

    public Clash clash() { return clash; }

    /** The shared SKU code or barcode. */
    public String value() { return value; }

    public String platformSkuId() { return platformSkuId; }

    public String platformProductId() { return platformProductId; }

    public String localSkuId() { return localSkuId; }

    public String localProductId() { return localProductId; }
}
