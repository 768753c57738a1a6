package com.merchantdesk.sales;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The packed form of one {@code sales_sku} row: for each SKU of a block of {@link #BLOCK_SIZE} sold (or returned)
 * on one business day, its net units, revenue and cost. Entries go in SKU order, each as four varints: the SKU's
 * distance from the one before (from the block's first SKU number for the first), then the three figures
 * zigzag-encoded (they may be negative on a day of returns). About 7 bytes a SKU a day, where a table row with
 * its key and cell header takes about 25: at a million orders (2.8 million SKU-days) that is 20 MB instead of 70.
 */
final class SkuDayEntries {

    /** SKU numbers per block: a day's entries of one block stay within a page. */
    static final int BLOCK_BITS = 12;
    static final long BLOCK_SIZE = 1L << BLOCK_BITS;

    /** Units, revenue (goods net of discounts and refunds), cost. */
    static final int UNITS = 0;
    static final int REVENUE = 1;
    static final int COST = 2;
    static final int FIGURES = 3;

    /** What decoding hands over, entry by entry. */
    interface Sink {
        void accept(long skuNo, long units, long revenue, long cost);
    }

    private SkuDayEntries() {}

    /** Blocks per day in the key: SKU numbers up to 16.7 million. */
    static final long BLOCKS = 4096;

    static long block(long skuNo) {
        long block = skuNo >>> BLOCK_BITS;
        if (block >= BLOCKS) {
            throw new IllegalArgumentException("SKU number " + skuNo + " is beyond what the sales summaries hold");
        }
        return block;
    }

    /** Days a channel's slots span in the key (2,870 years from 1970). */
    static final long CHANNEL_DAYS = 1L << 20;

    /**
     * A channel's business day as the first part of a key: {@code channel × 2^20 + day}, so one channel's range of
     * days is one range of keys (the top products follow the channel filter with one range read per channel).
     */
    static long slot(long day, int channel) { return channel * CHANNEL_DAYS + day; }

    /** The row key of a channel's day's block: {@code slot × 4096 + block} ({@link #slot}). */
    static long key(long slot, long block) { return slot * BLOCKS + block; }

    static long firstKey(long day) { return day * BLOCKS; }

    static long lastKey(long day) { return day * BLOCKS + BLOCKS - 1; }

    static long blockOf(long key) { return Math.floorMod(key, BLOCKS); }

    /** Packs the entries of one block (SKU number to figures); entries whose figures are all 0 are left out. */
    static byte[] encode(long block, SortedMap<Long, long[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 8);
        long previous = block << BLOCK_BITS;
        for (Map.Entry<Long, long[]> e : entries.entrySet()) {
            long[] f = e.getValue();
            if (f[UNITS] == 0 && f[REVENUE] == 0 && f[COST] == 0) {
                continue;
            }
            long sku = e.getKey();
            if (block(sku) != block || sku < previous) {
                throw new IllegalArgumentException("SKU " + sku + " out of order for block " + block);
            }
            varint(out, sku - previous);
            previous = sku;
            varint(out, zigzag(f[UNITS]));
            varint(out, zigzag(f[REVENUE]));
            varint(out, zigzag(f[COST]));
        }
        return out.toByteArray();
    }

    static void decode(long block, byte[] data, Sink sink) {
        long sku = block << BLOCK_BITS;
        int[] at = {0};
        while (at[0] < data.length) {
            sku += readVarint(data, at);
            long units = unzigzag(readVarint(data, at));
            long revenue = unzigzag(readVarint(data, at));
            long cost = unzigzag(readVarint(data, at));
            sink.accept(sku, units, revenue, cost);
        }
    }

    static SortedMap<Long, long[]> decode(long block, byte[] data) {
        SortedMap<Long, long[]> entries = new TreeMap<>();
        if (data != null) {
            decode(block, data, (sku, units, revenue, cost) -> entries.put(sku, new long[] {units, revenue, cost}));
        }
        return entries;
    }

    private static long zigzag(long v) { return (v << 1) ^ (v >> 63); }

    private static long unzigzag(long v) { return (v >>> 1) ^ -(v & 1); }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(byte[] data, int[] at) {
        long result = 0;
        int shift = 0;
        while (true) {
            byte b = data[at[0]++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }
}
