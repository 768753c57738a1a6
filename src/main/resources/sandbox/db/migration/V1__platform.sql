-- The sandbox platform's own database (never the desk's file): seller accounts, their API tokens, and each
-- seller's catalogue, stock, orders and fulfilment as the marketplace keeps them. Each record is kept as the
-- JSON the API sends (`doc`), beside the columns that lookups and filters need, so the change feed and the
-- snapshots send records as stored. See docs/platform-api.yaml and docs/sandbox.md.

CREATE TABLE seller (
    seller_no    INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    cursor_epoch INTEGER NOT NULL DEFAULT 1,  -- raised to expire every cursor of the seller (410)
    feed_horizon INTEGER NOT NULL DEFAULT 0,  -- highest seq of a pruned tombstone: cursors before it are expired
    created_at   INTEGER NOT NULL
);

-- Bearer tokens, kept as SHA-256 hashes: the token itself is shown once, when it is made.
CREATE TABLE api_token (
    token_hash BLOB    PRIMARY KEY,
    token_id   TEXT    NOT NULL UNIQUE,        -- names the token in lists and logs
    seller_no  INTEGER NOT NULL REFERENCES seller(seller_no),
    label      TEXT,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) WITHOUT ROWID;

CREATE TABLE desk (
    seller_no     INTEGER NOT NULL REFERENCES seller(seller_no),
    desk_id       TEXT    NOT NULL,
    code          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    registered_at INTEGER NOT NULL,
    PRIMARY KEY (seller_no, desk_id),
    UNIQUE (seller_no, code)
) WITHOUT ROWID;

-- The change feed. seq is handed out inside the writing transaction, and writes take turns, so seq order is
-- commit order. One row per record (a newer change of the same record replaces the row with a new seq): the
-- feed sends each record's current state once, after every change before it. Deletions stay as tombstones.
CREATE TABLE change (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    seller_no  INTEGER NOT NULL REFERENCES seller(seller_no),
    kind       TEXT    NOT NULL,
    entity_id  TEXT    NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    changed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX change_entity ON change(seller_no, kind, entity_id);
CREATE INDEX change_feed ON change(seller_no, seq);
CREATE INDEX change_tombstone_age ON change(changed_at) WHERE deleted = 1;

-- Responses to idempotent writes, replayed for the same key and body; kept as long as the change feed.
CREATE TABLE idempotency_key (
    seller_no    INTEGER NOT NULL REFERENCES seller(seller_no),
    key          TEXT    NOT NULL,
    request_hash BLOB    NOT NULL,
    status       INTEGER NOT NULL,
    body         BLOB    NOT NULL,
    location     TEXT,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (seller_no, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_key_age ON idempotency_key(created_at);

-- Products, customers, refunds, shipments, after-sale requests and stock adjustments: a record of one kind
-- by its id (the desk's UUID for what a desk creates). field_versions: the version at which each
-- seller-owned field last changed, for per-field merges of PATCH requests.
CREATE TABLE record (
    seller_no      INTEGER NOT NULL REFERENCES seller(seller_no),
    kind           TEXT    NOT NULL,
    id             TEXT    NOT NULL,
    parent_id      TEXT,                        -- the order of a refund, shipment or after-sale request
    version        INTEGER NOT NULL,
    field_versions TEXT    NOT NULL DEFAULT '{}',
    doc            TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (seller_no, kind, id)
) WITHOUT ROWID;
CREATE INDEX record_parent ON record(seller_no, kind, parent_id) WHERE parent_id IS NOT NULL;

-- SKUs apart from the other records: their code is unique per seller and they carry the platform's stock.
CREATE TABLE sku (
    seller_no      INTEGER NOT NULL REFERENCES seller(seller_no),
    id             TEXT    NOT NULL,
    product_id     TEXT    NOT NULL,
    code           TEXT    NOT NULL COLLATE NOCASE,
    version        INTEGER NOT NULL,
    field_versions TEXT    NOT NULL DEFAULT '{}',
    doc            TEXT    NOT NULL,
    on_hand        INTEGER NOT NULL DEFAULT 0,  -- the platform's stock; may go below zero (an offline sale)
    stock_version  INTEGER NOT NULL DEFAULT 0,  -- raised by every stock change; a stocktake must name it
    PRIMARY KEY (seller_no, id),
    UNIQUE (seller_no, code)
) WITHOUT ROWID;
CREATE INDEX sku_product ON sku(seller_no, product_id);

CREATE TABLE orders (
    seller_no  INTEGER NOT NULL REFERENCES seller(seller_no),
    id         TEXT    NOT NULL,
    number     TEXT    NOT NULL,
    channel    TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    open       INTEGER NOT NULL,                -- neither cancelled, delivered nor refunded
    created_at INTEGER NOT NULL,
    version    INTEGER NOT NULL,
    doc        TEXT    NOT NULL,
    PRIMARY KEY (seller_no, id)
) WITHOUT ROWID;
CREATE INDEX orders_created ON orders(seller_no, created_at);
CREATE INDEX orders_open ON orders(seller_no, id) WHERE open = 1;

-- A tracking number is used once per carrier.
CREATE TABLE tracking_number (
    seller_no   INTEGER NOT NULL REFERENCES seller(seller_no),
    carrier     TEXT    NOT NULL,
    number      TEXT    NOT NULL,
    shipment_id TEXT    NOT NULL,
    PRIMARY KEY (seller_no, carrier, number)
) WITHOUT ROWID;

-- Waybill numbers handed out per seller and carrier account.
CREATE TABLE waybill_serial (
    seller_no INTEGER NOT NULL REFERENCES seller(seller_no),
    carrier   TEXT    NOT NULL,
    last      INTEGER NOT NULL,
    PRIMARY KEY (seller_no, carrier)
) WITHOUT ROWID;
