-- Version 1: catalogue, stock ledger, outbox. Released: never edit; add V2 instead.
-- Times are UTC epoch milliseconds. Money is minor units plus an ISO 4217 currency code.

CREATE TABLE product (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    option_names TEXT NOT NULL DEFAULT '[]',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX product_category ON product(category);
CREATE INDEX product_title ON product(title COLLATE NOCASE);

CREATE TABLE product_image (
    id         TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    thumbnail  TEXT NOT NULL
);
CREATE INDEX product_image_product ON product_image(product_id, position);

-- sku_no is the stable integer key the search index points at.
CREATE TABLE sku (
    sku_no           INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    product_id       TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    code             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    option_values    TEXT NOT NULL DEFAULT '[]',
    barcode          TEXT,
    barcode_type     TEXT CHECK (barcode_type IN ('EAN_13', 'UPC_A', 'CODE_128')),
    currency         TEXT NOT NULL,
    price_minor      INTEGER NOT NULL CHECK (price_minor >= 0),
    compare_at_minor INTEGER CHECK (compare_at_minor >= 0),
    cost_minor       INTEGER CHECK (cost_minor >= 0),
    weight_grams     INTEGER CHECK (weight_grams >= 0),
    reorder_point    INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0)
);
CREATE INDEX sku_product ON sku(product_id, position);
CREATE UNIQUE INDEX sku_barcode ON sku(barcode) WHERE barcode IS NOT NULL;
CREATE INDEX sku_price ON sku(price_minor);

-- Cached sums of the ledger, updated in the same transaction as each movement.
CREATE TABLE stock_level (
    sku_id   TEXT PRIMARY KEY REFERENCES sku(id) ON DELETE CASCADE,
    on_hand  INTEGER NOT NULL DEFAULT 0,
    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0)
);

CREATE TABLE stock_movement (
    id            TEXT PRIMARY KEY,
    sku_id        TEXT NOT NULL REFERENCES sku(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('RECEIVED', 'COUNTED', 'DAMAGED', 'ADJUSTED', 'SOLD', 'RETURNED', 'SYNCED')),
    delta         INTEGER NOT NULL,
    on_hand_after INTEGER NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    reference     TEXT NOT NULL DEFAULT '',
    occurred_at   INTEGER NOT NULL
);
CREATE INDEX stock_movement_sku ON stock_movement(sku_id, occurred_at);

-- Words of title, category, options, SKU code and barcode; rowid = sku.sku_no.
CREATE VIRTUAL TABLE sku_search USING fts5(
    terms,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-_./'",
    prefix = '1 2 3'
);

CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    operation       TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         INTEGER
);
CREATE INDEX outbox_pending ON outbox(seq) WHERE sent_at IS NULL;
