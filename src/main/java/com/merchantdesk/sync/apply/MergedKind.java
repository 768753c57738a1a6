package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.platform.ChangeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of record whose seller-owned fields merge one by one (products, SKUs, customers): how its fields read on
 * the desk and on the wire, and how the desk writes them. Values are {@link FieldValues} texts keyed by the wire
 * field name. Nothing here queues an outbox row: the callers decide that.
 */
interface MergedKind {

    ChangeKind kind();

    /** The entity type of its outbox rows, {@code sync_base} and {@code sync_conflict} rows; also its table. */
    String entityType();

    /** The seller-owned fields, in the wire's names and order. */
    List<String> fields();

    /** The fields of a wire record of this kind. */
    Map<String, String> platformValues(JsonNode record);

    /** The fields as the desk holds them now; empty when the desk does not have the record. */
    Optional<Map<String, String>> deskValues(Connection c, String id) throws SQLException;

    /** Makes the record the platform sent (the desk does not have it), with every table derived from it. */
    void insert(Connection c, JsonNode record) throws SQLException;

    /** Sets some fields of a record the desk has (values checked already), keeping derived tables right. */
    void write(Connection c, String id, Map<String, String> values, Instant at) throws SQLException;

    /** Whether the desk's row only stands in for a record the feed has not brought yet (all its fields are the platform's). */
    default boolean awaitingPull(Connection c, String id) throws SQLException { return false; }

    /** What the platform alone decides about the record (a product's listing), after each applied version. */
    default void afterApplied(Connection c, String id, JsonNode record) throws SQLException {}

    /** A tombstone: the record goes, or stays where the desk's history needs it (see docs/sync.md). */
    void deleted(Connection c, String id) throws SQLException;

    /** How the seller knows the record: a product's title, a SKU's product title and code, a customer's name. */
    String displayName(Connection c, String id) throws SQLException;

    /** The request path of a patch of the record ({@code /v1/products/{id}}). */
    String patchPath(String id);

    /**
     * The value of {@code field} in a patch's {@code changes}, or a refusal when the API cannot carry it (it
     * cannot clear a compare-at price or a weight).
     */
    Object patchValue(String field, String value);

    /** The seller's typed value for {@code field} as a value text, or a {@code ValidationException} naming why not. */
    String parseTyped(Connection c, String id, String field, String typed) throws SQLException;
}
