package com.merchantdesk.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

/** Identifiers for records made on this machine, possibly offline: time-ordered UUIDs (version 7). */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static UUID newId() { return GENERATOR.generate(); }

    public static String newIdString() { return newId().toString(); }

    /** The 16 bytes a UUID takes as a BLOB (orders store their id so: 20 bytes less in the row and its index). */
    public static byte[] toBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    /** The bytes of a UUID in its text form; empty when {@code id} is not a UUID (no stored id can match it). */
    public static Optional<byte[]> toBytes(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(toBytes(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    /** The text form of a UUID stored as 16 bytes. */
    public static String fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 16) {
            throw new StoreException("A stored id is not 16 bytes long");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        return new UUID(b.getLong(), b.getLong()).toString();
    }
}
