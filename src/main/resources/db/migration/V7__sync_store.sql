-- Version 7: the store speaks the platform's language (issue 12; docs/sync.md). Released: never edit; add a new
-- script instead. The order lines' sync columns came with V6's rebuild of order_line.
--
-- Identity: a record has one UUID on both sides (the desk's for what it creates, the platform's for what the
-- platform creates: the API creates by the desk's UUID), so the existing UNIQUE id of each table is the platform
-- id a pulled record is applied on (INSERT ... ON CONFLICT(id)). What is added is the platform's version of the
-- record (NULL: the platform has not acknowledged it yet), and for order lines, whose desk ids are derived from
-- the order's UUID and the line's position, the platform's line id when the line came from elsewhere.
--
-- Outbox states (store.OutboxState): 0 QUEUED, 1 SENDING, 2 ACKNOWLEDGED, 3 FAILED, 4 BLOCKED. A failed row
-- with retry_delay_ms is a transient failure (tried again after that delay, or at once after a restart); one
-- without is a permanent rejection. payload_version 0 marks a row queued before this version (a dump of the
-- desk's own record, not a wire type): the sender builds its wire payload from the record as it is then.

ALTER TABLE outbox ADD COLUMN state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 4);
ALTER TABLE outbox ADD COLUMN payload_version INTEGER NOT NULL DEFAULT 0 CHECK (payload_version >= 0);
ALTER TABLE outbox ADD COLUMN retry_delay_ms INTEGER CHECK (retry_delay_ms >= 0);
UPDATE outbox SET state = 2 WHERE sent_at IS NOT NULL;
-- A sale, its cancellation and a restocked refund travel with their order or refund (brief, "Stock travels as
-- deltas"): the movement rows queued for them before this version are not sent.
DELETE FROM outbox
 WHERE state = 0 AND entity_type = 'stock' AND json_extract(payload, '$.kind') IN ('SOLD', 'RETURNED', 'SYNCED');
DROP INDEX outbox_pending;
CREATE INDEX outbox_open ON outbox(state, seq) WHERE state <> 2;
CREATE INDEX outbox_entity ON outbox(entity_type, entity_id, state);

-- A row that may only be sent once another is acknowledged (an order after its new customer, a stock
-- adjustment after its SKU, a record's change after its create). Removed when the other is acknowledged.
CREATE TABLE outbox_wait (
    seq    INTEGER NOT NULL REFERENCES outbox(seq) ON DELETE CASCADE,
    on_seq INTEGER NOT NULL REFERENCES outbox(seq) ON DELETE CASCADE,
    PRIMARY KEY (seq, on_seq)
) WITHOUT ROWID;
CREATE INDEX outbox_wait_on ON outbox_wait(on_seq);

ALTER TABLE product ADD COLUMN platform_version INTEGER CHECK (platform_version >= 1);
ALTER TABLE sku ADD COLUMN platform_version INTEGER CHECK (platform_version >= 1);
ALTER TABLE customer ADD COLUMN platform_version INTEGER CHECK (platform_version >= 1);
ALTER TABLE orders ADD COLUMN platform_version INTEGER CHECK (platform_version >= 1);
ALTER TABLE shipment ADD COLUMN platform_version INTEGER CHECK (platform_version >= 1);
-- The code of the desk that made the order when that is another desk of the account (NULL: this desk, or the
-- platform for its own online orders). Such an order's number is stored with the desk code in front when the
-- desk made it before it had a code ("B2:D-2026-000123"), so numbers stay unique per desk in the one UNIQUE
-- index on number.
ALTER TABLE orders ADD COLUMN desk_code TEXT CHECK (desk_code IS NULL OR length(desk_code) BETWEEN 1 AND 8);

-- The last version of a record both sides agreed on (after a push was acknowledged or a pull applied): a later
-- pull compares against it to tell a real conflict (both sides changed the same seller-owned field) from a
-- clean merge. Kept for the records whose fields merge: products, SKUs, customers.
CREATE TABLE sync_base (
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    data        TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;

-- A change both sides made to the same seller-owned field, kept until the seller resolves it.
CREATE TABLE sync_conflict (
    entity_type    TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    field          TEXT NOT NULL,
    base_value     TEXT,
    desk_value     TEXT,
    platform_value TEXT,
    platform_version INTEGER NOT NULL,
    found_at       INTEGER NOT NULL,
    PRIMARY KEY (entity_type, entity_id, field)
) WITHOUT ROWID;

-- One row: who this desk is to the platform. desk_id is made on first need; desk_code comes with the first
-- connection. local_only: a shop that never pushes (the local demo shop). check_outbox: set by restoring a
-- backup; the open outbox is checked against the platform before anything is pushed again.
CREATE TABLE sync_identity (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    desk_id      TEXT,
    desk_code    TEXT CHECK (desk_code IS NULL OR length(desk_code) BETWEEN 1 AND 8),
    local_only   INTEGER NOT NULL DEFAULT 0 CHECK (local_only IN (0, 1)),
    check_outbox INTEGER NOT NULL DEFAULT 0 CHECK (check_outbox IN (0, 1))
);
INSERT INTO sync_identity(id) VALUES (1);
